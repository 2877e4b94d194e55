import type { composeKeys } from './keys.js';

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

type CamelOf<K extends string> = { [C in keyof typeof composeKeys]: (typeof composeKeys)[C] extends K ? C : never }[keyof typeof composeKeys];
type ModelKey<K extends string> = [CamelOf<K>] extends [never] ? K : CamelOf<K>;

/**
 * The service keys of the Compose Specification that the typed model keeps as written
 * (`otherServiceKeys`: `logging`, `ulimits`, `devices`, …), under the property names the reader
 * gives them (`blkio_config` is `blkioConfig`, like every key the spec spells in snake case that
 * the model also uses). Their values are not typed: the compiler writes them back unchanged.
 * With them, a service imported from any valid Compose file type-checks.
 *
 * @example
 * const extra: OtherServiceFields = { logging: { driver: 'json-file', options: { 'max-size': '10m' } }, shmSize: '256m' };
 */
export type OtherServiceFields = { [K in (typeof otherServiceKeys)[number] as ModelKey<K>]?: unknown };
