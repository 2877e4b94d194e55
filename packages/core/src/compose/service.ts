import type { ServiceModels } from './ai-model.js';
import type { Develop } from './develop.js';
import type { OtherServiceFields } from './other-service-fields.js';
import type { CommandForm } from '../model/exec-form.js';
import type { Dependency } from './depends-on.js';
import type { ComposeHealthcheck } from './healthcheck.js';
import type { Port } from './port.js';
import type { FileGrant } from './secret.js';
import type { ServiceBuild } from './service-build.js';
import type { Deploy } from './service-deploy.js';
import type { ServiceNetwork } from './service-network.js';
import type { ServiceMount } from './volume.js';
import type { Suppressions } from '../image/stage.js';

export type { ServiceBuild } from './service-build.js';
export type { Deploy, Resources } from './service-deploy.js';
export type { ServiceNetwork } from './service-network.js';
export { otherServiceKeys } from './other-service-fields.js';

/**
 * A restart policy, as the engine accepts it.
 *
 * @example
 * const r: RestartPolicy = 'on-failure:3';
 */
export type RestartPolicy = 'no' | 'always' | 'unless-stopped' | 'on-failure' | `on-failure:${number}`;

/**
 * A service in plain form: references to networks, volumes, secrets, configs and other
 * services are their keys. This is what the reader produces and the compiler and checks take;
 * `service()` builds it from handles.
 *
 * @example
 * const web: Service = { image: 'nginx:1.27', ports: [{ target: 80, published: 8080 }], dependsOn: { db: { condition: 'service_started' } } };
 */
export interface Service extends OtherServiceFields {
  /**
   * The image to run; with `build`, the name the built image gets.
   * @example image: 'postgres:16'
   */
  image?: string;
  /**
   * How to build the image (a DSL image, or a context with a Dockerfile).
   * @example build: { context: './web', target: 'runtime' }
   */
  build?: ServiceBuild;
  /**
   * A fixed container name instead of `<project>-<service>-1` (the service can then not scale).
   * @example containerName: 'shop-db'
   */
  containerName?: string;
  /**
   * The container's command. Unlike a Dockerfile CMD, Compose reads `${NAME}` (braced, also
   * `${NAME:-default}` and the other modifiers) in it and substitutes the value from the host's
   * environment when `docker compose` loads the file. Every other `$` is passed through
   * literally (written `$$`): `['sh', '-c', 'echo $HOME']` prints the container's HOME, and
   * `\${HOME}` keeps a braced reference for the container's shell.
   * @example command: ['npm', 'run', 'start']
   */
  command?: CommandForm;
  /**
   * The container's entrypoint; `$` is read as in `command` (braced `${NAME}` is host interpolation).
   * @example entrypoint: ['/docker-entrypoint.sh']
   */
  entrypoint?: CommandForm;
  /**
   * The working directory; `$` is read as in `command`.
   * @example workingDir: '/app'
   */
  workingDir?: string;
  /**
   * The user; `$` is read as in `command`.
   * @example user: '1000:1000'
   */
  user?: string;
  /**
   * Environment variables. Values are literal except braced `${NAME…}` references, which
   * Compose fills in from the host's environment when it loads the file (see `command`);
   * `null` passes the host's value through.
   * @example environment: { NODE_ENV: 'production', API_KEY: null }
   */
  environment?: Record<string, string | null>;
  /**
   * Files of `NAME=value` lines added to the environment, relative to the project.
   * @example envFile: ['./web.env']
   */
  envFile?: string[];
  /**
   * Ports published on the host.
   * @example ports: [{ target: 80, published: 8080 }]
   */
  ports?: Port[];
  /**
   * Ports other services may reach, not published on the host.
   * @example expose: [9090]
   */
  expose?: Array<number | string>;
  /**
   * Volumes, bind mounts and tmpfs mounts.
   * @example volumes: [{ type: 'volume', source: 'pgdata', target: '/var/lib/postgresql/data' }]
   */
  volumes?: ServiceMount[];
  /**
   * Paths mounted as tmpfs (memory), optionally with options.
   * @example tmpfs: ['/tmp:size=64m']
   */
  tmpfs?: string[];
  /**
   * Networks to join by key, with aliases and addresses (`null` to only join).
   * @example networks: { backend: { aliases: ['database'] } }
   */
  networks?: Record<string, ServiceNetwork | null>;
  /**
   * `host`, `none`, or `service:<name>` instead of networks.
   * @example networkMode: 'host'
   */
  networkMode?: string;
  /**
   * Services to start first, by key, with the condition to wait for.
   * @example dependsOn: { db: { condition: 'service_healthy' } }
   */
  dependsOn?: Record<string, Dependency>;
  /**
   * How Compose tells whether the container works (overrides the image's HEALTHCHECK).
   * @example healthcheck: { test: ['CMD', 'pg_isready'], interval: '10s', retries: 5 }
   */
  healthcheck?: ComposeHealthcheck;
  /**
   * When the engine restarts the container.
   * @example restart: 'unless-stopped'
   */
  restart?: RestartPolicy;
  /**
   * Secrets the container receives as files under `/run/secrets/`, by key.
   * @example secrets: [{ source: 'db_password', mode: 0o400 }]
   */
  secrets?: FileGrant[];
  /**
   * Configs the container receives as files, by key.
   * @example configs: [{ source: 'nginx_conf', target: '/etc/nginx/nginx.conf' }]
   */
  configs?: FileGrant[];
  /**
   * Profiles that enable the service; without any it always runs.
   * @example profiles: ['debug']
   */
  profiles?: string[];
  /**
   * Replicas and resource limits.
   * @example deploy: { replicas: 2, resources: { limits: { memory: '256M' } } }
   */
  deploy?: Deploy;
  /**
   * Another service whose settings this one starts from.
   * @example extends: { service: 'base', file: './common.yaml' }
   */
  extends?: { service: string; file?: string };
  /**
   * Container labels.
   * @example labels: { 'traefik.enable': 'true' }
   */
  labels?: Record<string, string>;
  /**
   * The container's host name.
   * @example hostname: 'db'
   */
  hostname?: string;
  /**
   * Runs an init process as PID 1 that forwards signals and reaps zombies.
   * @example init: true
   */
  init?: boolean;
  /**
   * Mounts the container's root file system read-only.
   * @example readOnly: true
   */
  readOnly?: boolean;
  /**
   * Gives the container a terminal.
   * @example tty: true
   */
  tty?: boolean;
  /**
   * Keeps the container's standard input open.
   * @example stdinOpen: true
   */
  stdinOpen?: boolean;
  /**
   * The signal that asks the container to stop.
   * @example stopSignal: 'SIGQUIT'
   */
  stopSignal?: string;
  /**
   * How long to wait after the stop signal before killing the container.
   * @example stopGracePeriod: '30s'
   */
  stopGracePeriod?: string;
  /**
   * When to pull the image.
   * @example pullPolicy: 'missing'
   */
  pullPolicy?: 'always' | 'never' | 'missing' | 'build' | 'if_not_present';
  /**
   * The platform of the image to run.
   * @example platform: 'linux/amd64'
   */
  platform?: string;
  /**
   * Linux capabilities to add.
   * @example capAdd: ['NET_ADMIN']
   */
  capAdd?: string[];
  /**
   * Linux capabilities to drop.
   * @example capDrop: ['ALL']
   */
  capDrop?: string[];
  /**
   * Security options (seccomp, AppArmor, no-new-privileges).
   * @example securityOpt: ['no-new-privileges:true']
   */
  securityOpt?: string[];
  /**
   * Extra `/etc/hosts` entries.
   * @example extraHosts: ['host.docker.internal:host-gateway']
   */
  extraHosts?: string[];
  /**
   * Runs the container with every privilege of the host (avoid).
   * @example privileged: false
   */
  privileged?: boolean;
  /**
   * Files synced or rebuilt by `docker compose watch`.
   * @example develop: { watch: [{ action: 'sync', path: './src', target: '/app/src' }] }
   */
  develop?: Develop | null;
  /**
   * Language models (top-level `models`) the service uses.
   * @example models: ['llm']
   */
  models?: ServiceModels;
  /**
   * Compose rules silenced on this service, each with the reason (not written to the file).
   * @example ignore: { DSL4013: 'a throwaway password for the local test database' }
   */
  ignore?: Suppressions;
  [extension: `x-${string}`]: unknown;
}
