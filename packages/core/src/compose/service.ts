import type { Image } from '../model/image.js';
import type { ServiceModels } from './ai-model.js';
import type { Develop } from './develop.js';
import type { OtherServiceFields } from './other-service-fields.js';
import type { CommandForm } from '../model/exec-form.js';
import type { Dependency } from './depends-on.js';
import type { ComposeHealthcheck } from './healthcheck.js';
import type { Port } from './port.js';
import type { FileGrant } from './secret.js';
import type { ServiceMount } from './volume.js';

/**
 * A restart policy, as the engine accepts it.
 *
 * @example
 * const r: RestartPolicy = 'on-failure:3';
 */
export type RestartPolicy = 'no' | 'always' | 'unless-stopped' | 'on-failure' | `on-failure:${number}`;

/**
 * How a service's image is built. `image` is a DSL image: the compiler points `dockerfile` at
 * its generated `<name>.Dockerfile` and `context` at its build context. Without `image`, the
 * build uses an existing Dockerfile (`dockerfile`, default `Dockerfile` in the context).
 *
 * @example
 * const b: ServiceBuild = { context: './web', target: 'runtime', args: { NODE_ENV: 'production' } };
 */
export interface ServiceBuild {
  image?: Image;
  context?: string;
  dockerfile?: string;
  target?: string;
  args?: Record<string, string>;
  labels?: Record<string, string>;
  cacheFrom?: string[];
  cacheTo?: string[];
  platforms?: string[];
  tags?: string[];
  network?: string;
  shmSize?: string | number;
  extraHosts?: string[];
  /** The Dockerfile's text, in place of a `dockerfile` path. */
  dockerfileInline?: string;
  /** Build secrets: keys of top-level secrets, or the long syntax with the file's target. */
  secrets?: Array<string | FileGrant>;
  /** SSH agent sockets or keys: `default`, `<id>=<path>[,<path>]`. */
  ssh?: string[];
  /** Named contexts (`COPY --from=<name>`): a path, a URL, `docker-image://…` or `service:<name>`. */
  additionalContexts?: Record<string, string>;
  entitlements?: string[];
  noCache?: boolean | string;
  pull?: boolean | string;
  privileged?: boolean | string;
  isolation?: string;
  provenance?: string | boolean;
  sbom?: string | boolean;
  ulimits?: Record<string, number | string | { soft: number | string; hard: number | string }>;
  [extension: `x-${string}`]: unknown;
}

/**
 * How a service joins a network (`null` when it only joins).
 *
 * @example
 * const n: ServiceNetwork = { aliases: ['database'] };
 */
export interface ServiceNetwork {
  aliases?: string[];
  ipv4Address?: string;
  ipv6Address?: string;
  priority?: number;
}

/**
 * Resource limits or reservations of `deploy.resources`.
 *
 * @example
 * const r: Resources = { cpus: '0.5', memory: '256M' };
 */
export interface Resources {
  cpus?: string | number;
  memory?: string;
  pids?: number;
}

/**
 * `deploy`: replicas and resources (what `docker compose` honours) and the Swarm-only rest.
 *
 * @example
 * const d: Deploy = { replicas: 2, resources: { limits: { memory: '256M' } } };
 */
export interface Deploy {
  mode?: 'replicated' | 'global';
  replicas?: number;
  resources?: { limits?: Resources; reservations?: Resources };
  restartPolicy?: { condition?: 'none' | 'on-failure' | 'any'; delay?: string; maxAttempts?: number; window?: string };
  labels?: Record<string, string>;
}

/**
 * A service in plain form: references to networks, volumes, secrets, configs and other
 * services are their keys. This is what the reader produces and the compiler and checks take;
 * `service()` builds it from handles.
 *
 * @example
 * const web: Service = { image: 'nginx:1.27', ports: [{ target: 80, published: 8080 }], dependsOn: { db: { condition: 'service_started' } } };
 */
export interface Service extends OtherServiceFields {
  image?: string;
  build?: ServiceBuild;
  containerName?: string;
  /**
   * The container's command. Unlike a Dockerfile CMD, Compose reads `${NAME}` (braced, also
   * `${NAME:-default}` and the other modifiers) in it and substitutes the value from the host's
   * environment when `docker compose` loads the file. Every other `$` is passed through
   * literally (written `$$`): `['sh', '-c', 'echo $HOME']` prints the container's HOME, and
   * `\${HOME}` keeps a braced reference for the container's shell.
   */
  command?: CommandForm;
  /** The container's entrypoint; `$` is read as in `command` (braced `${NAME}` is host interpolation). */
  entrypoint?: CommandForm;
  /** The working directory; `$` is read as in `command`. */
  workingDir?: string;
  /** The user; `$` is read as in `command`. */
  user?: string;
  /**
   * Environment variables. Values are literal except braced `${NAME…}` references, which
   * Compose fills in from the host's environment when it loads the file (see `command`).
   */
  environment?: Record<string, string | null>;
  envFile?: string[];
  ports?: Port[];
  expose?: Array<number | string>;
  volumes?: ServiceMount[];
  tmpfs?: string[];
  networks?: Record<string, ServiceNetwork | null>;
  networkMode?: string;
  dependsOn?: Record<string, Dependency>;
  healthcheck?: ComposeHealthcheck;
  restart?: RestartPolicy;
  secrets?: FileGrant[];
  configs?: FileGrant[];
  profiles?: string[];
  deploy?: Deploy;
  extends?: { service: string; file?: string };
  labels?: Record<string, string>;
  hostname?: string;
  init?: boolean;
  readOnly?: boolean;
  tty?: boolean;
  stdinOpen?: boolean;
  stopSignal?: string;
  stopGracePeriod?: string;
  pullPolicy?: 'always' | 'never' | 'missing' | 'build' | 'if_not_present';
  platform?: string;
  capAdd?: string[];
  capDrop?: string[];
  securityOpt?: string[];
  extraHosts?: string[];
  privileged?: boolean;
  /** Files synced or rebuilt by `docker compose watch`. */
  develop?: Develop | null;
  /** Language models (top-level `models`) the service uses. */
  models?: ServiceModels;
  [extension: `x-${string}`]: unknown;
}

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
