import type { Service } from './service.js';

/**
 * Every `Service` property, for the reader and the `did you mean` of unknown keys.
 *
 * @example
 * serviceProperties.includes('dependsOn'); // true
 */
export const serviceProperties = [
  'image', 'build', 'containerName', 'command', 'entrypoint', 'workingDir', 'user', 'environment', 'envFile', 'ports', 'expose',
  'volumes', 'tmpfs', 'networks', 'networkMode', 'dependsOn', 'healthcheck', 'restart', 'secrets', 'configs', 'profiles', 'deploy',
  'extends', 'labels', 'hostname', 'init', 'readOnly', 'tty', 'stdinOpen', 'stopSignal', 'stopGracePeriod', 'pullPolicy', 'platform',
  'capAdd', 'capDrop', 'securityOpt', 'extraHosts', 'privileged', 'develop', 'models',
] as const satisfies ReadonlyArray<keyof Service>;

/**
 * Service keys of the Compose Specification that the typed model does not spell out. The
 * reader keeps them as written and the compiler writes them back unchanged, so reading an
 * existing file loses nothing.
 *
 * @example
 * otherServiceKeys.includes('ulimits'); // true
 */
export const otherServiceKeys = [
  'annotations', 'attach', 'blkio_config', 'cgroup', 'cgroup_parent', 'cpu_count', 'cpu_percent', 'cpu_period', 'cpu_quota', 'cpu_rt_period',
  'cpu_rt_runtime', 'cpu_shares', 'cpus', 'cpuset', 'credential_spec', 'device_cgroup_rules', 'devices', 'dns', 'dns_opt', 'dns_search',
  'domainname', 'external_links', 'gpus', 'group_add', 'ipc', 'isolation', 'label_file', 'links', 'logging', 'mac_address', 'mem_limit',
  'mem_reservation', 'mem_swappiness', 'memswap_limit', 'oom_kill_disable', 'oom_score_adj', 'pid', 'pids_limit', 'post_start', 'pre_stop',
  'provider', 'pull_refresh_after', 'runtime', 'scale', 'shm_size', 'storage_opt', 'sysctls', 'ulimits', 'use_api_socket', 'userns_mode', 'uts', 'volumes_from',
] as const;
