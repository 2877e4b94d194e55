import { ImageBuilder, toImage } from '../builders/image-builder.js';
import type { Image } from '../image/image.js';
import { captureSource, inheritSource } from '../model/source-location.js';
import type { ConfigHandle } from './config.js';
import type { Dependency, DependencyCondition } from './depends-on.js';
import type { NetworkHandle } from './network.js';
import { port, type Port, type PortString } from './port.js';
import type { FileGrant, SecretHandle } from './secret.js';
import type { Service, ServiceBuild, ServiceNetwork } from './service.js';
import type { MountInput, ServiceMount, VolumeHandle } from './volume.js';

const serviceHandleBrand = Symbol.for('dockerdsl.ServiceHandle');

/**
 * A top-level resource a service refers to by handle.
 *
 * @example
 * const r: ResourceHandle = network('backend');
 */
export type ResourceHandle = NetworkHandle | VolumeHandle | SecretHandle | ConfigHandle;

/**
 * A `depends_on` entry: a handle (`service_started`), or a handle with a condition.
 *
 * @example
 * const d: DependsOnInput = { service: db, condition: 'service_healthy' };
 */
export type DependsOnInput = AnyService | ({ service: AnyService; condition?: DependencyCondition } & Omit<Dependency, 'condition'>);

/**
 * A network to join: a handle, or a handle with aliases and addresses.
 *
 * @example
 * const n: NetworkInput = { network: backend, aliases: ['api'] };
 */
export type NetworkInput = NetworkHandle | ({ network: NetworkHandle } & ServiceNetwork);

/**
 * A secret or config to receive: a handle, or a handle with a mount path and owner.
 *
 * @example
 * const g: GrantInput<SecretHandle> = { source: dbPassword, target: 'db_password', mode: 0o400 };
 */
export type GrantInput<H> = H | ({ source: H } & Omit<FileGrant, 'source'>);

type BuildSettings = Omit<ServiceBuild, 'image' | 'dockerfile' | 'target'>;

/**
 * What `build` takes: a DSL image (its `target` must be one of its stages), or a context with
 * an existing Dockerfile.
 *
 * @example
 * const b: BuildInput<'build' | 'runtime'> = { image: api, target: 'runtime' };
 */
export type BuildInput<Stages extends string> =
  | (BuildSettings & { image: ImageBuilder<Stages>; target?: NoInfer<Stages> })
  | (BuildSettings & { image: Image; target?: string })
  | (Omit<ServiceBuild, 'image'> & { context: string });

/**
 * A service's properties as written with handles: networks, volumes, secrets, configs and
 * dependencies are handles, so a misspelt reference is a type error.
 *
 * @example
 * const props: ServiceProps = { image: 'redis:7', networks: [backend], restart: 'unless-stopped' };
 */
export type ServiceProps<Stages extends string = string> = Omit<Service, 'build' | 'ports' | 'networks' | 'volumes' | 'dependsOn' | 'secrets' | 'configs' | 'extends'> & {
  /**
   * How to build the image: a DSL image (its `target` must be one of its stages), or a context with a Dockerfile.
   * @example build: { image: api, target: 'runtime' }
   */
  build?: BuildInput<Stages>;
  /**
   * Ports published on the host: long syntax, or the short syntax people write.
   * @example ports: ['8080:80', '127.0.0.1:53:53/udp']
   */
  ports?: readonly (Port | PortString)[];
  /**
   * Networks to join, as handles, or a handle with aliases and addresses.
   * @example networks: [backend, { network: frontend, aliases: ['shop'] }]
   */
  networks?: readonly NetworkInput[];
  /**
   * Named volumes (`mount(pgdata, '/data')`), bind mounts and tmpfs mounts.
   * @example volumes: [mount(pgdata, '/var/lib/postgresql/data'), bindMount('./conf', '/etc/app', { readOnly: true })]
   */
  volumes?: readonly MountInput[];
  /**
   * Services to start first: a handle waits until it started, `db.healthy()` until it is healthy.
   * @example dependsOn: [db.healthy(), migrate.completed()]
   */
  dependsOn?: readonly DependsOnInput[];
  /**
   * Secrets to receive (files under `/run/secrets/`), as handles or with a target and mode.
   * @example secrets: [dbPassword, { source: apiKey, target: 'api_key', mode: 0o400 }]
   */
  secrets?: readonly GrantInput<SecretHandle>[];
  /**
   * Configs to receive as files, as handles or with a target.
   * @example configs: [{ source: nginxConf, target: '/etc/nginx/nginx.conf' }]
   */
  configs?: readonly GrantInput<ConfigHandle>[];
  /**
   * Another service of this stack (a handle), or one in another file, to start from.
   * @example extends: base
   */
  extends?: AnyService | { service: string; file: string };
};

/**
 * Any service handle.
 *
 * @example
 * const all: AnyService[] = [web, db];
 */
export type AnyService = ServiceHandle<string>;

/**
 * A service handle: its key, its plain definition, and the handles it refers to (so a stack
 * declares them without being told).
 *
 * @example
 * const db = service('db', { image: 'postgres:16', healthcheck: { test: ['pg_isready'] } });
 * const web = service('web', { image: 'nginx:1.27', dependsOn: [db.healthy()] });
 */
export class ServiceHandle<Key extends string = string> {
  /**
   * `instanceof` that also recognises handles made by another copy of @dockerdsl/core (the CLI's
   * bundled copy, a second install under a preset package): handles travel between packages.
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && serviceHandleBrand in value;
  }

  /** Tells service handles from resource handles. */
  readonly kind = 'service';
  /**
   * @internal
   * `dependencies` is private so completion does not offer it; `serviceDependencies()` reads it.
   */
  constructor(
    /** The service's key in `services:`. */
    readonly key: Key,
    /** The plain service as the Compose file gets it. */
    readonly definition: Service,
    /** The networks, volumes, secrets and configs the service refers to. */
    readonly resources: readonly ResourceHandle[],
    private readonly dependencies: readonly AnyService[],
    /** A service of an included file (`compose.included.service`): referred to, never declared here. */
    readonly included = false,
  ) {}

  /**
   * A dependency that waits until this service is healthy (it needs a healthcheck).
   *
   * @param options - `restart` (restart the dependent when this one restarts) and `required`
   * @example
   * service('web', { image: 'nginx:1.27', dependsOn: [db.healthy()] });
   */
  healthy(options: Omit<Dependency, 'condition'> = {}): DependsOnInput {
    return { service: this, condition: 'service_healthy', ...options };
  }

  /**
   * A dependency that waits until this service has exited with status 0 (a job, such as a migration).
   *
   * @param options - `restart` and `required`
   * @example
   * service('api', { build: { image: api }, dependsOn: [migrate.completed()] });
   */
  completed(options: Omit<Dependency, 'condition'> = {}): DependsOnInput {
    return { service: this, condition: 'service_completed_successfully', ...options };
  }

  /**
   * A dependency that waits until this service has started (the same as listing the handle).
   *
   * @param options - `restart` and `required`
   * @example
   * service('worker', { image: 'acme/worker:1', dependsOn: [queue.started({ restart: true })] });
   */
  started(options: Omit<Dependency, 'condition'> = {}): DependsOnInput {
    return { service: this, condition: 'service_started', ...options };
  }
}

/**
 * The services a service handle depends on or extends, so a stack declares them too.
 *
 * @param handle - a service handle
 * @example
 * serviceDependencies(web).map((s) => s.key); // ['db']
 */
export function serviceDependencies(handle: AnyService): readonly AnyService[] {
  return handle['dependencies'];
}

// On the prototype, shared by every handle of this copy of core.
Object.defineProperty(ServiceHandle.prototype, serviceHandleBrand, { value: true });

/**
 * Defines a service. Networks, volumes, secrets, configs and dependencies are handles, so a
 * misspelt reference is a type error and the stack declares them without being told.
 *
 * @param key - the service's key under `services:` (also its host name on shared networks)
 * @param props - the service: `image` or `build`, `ports`, `environment`, `dependsOn`, `healthcheck`, …
 * @example
 * const web = service('web', { build: { image: webImage, target: 'runtime' }, ports: [{ target: 8080, published: 8080 }] });
 */
export function service<const Key extends string, Stages extends string = string>(key: Key, props: ServiceProps<Stages>): ServiceHandle<Key> {
  const { definition, resources, dependencies } = serviceFromProps(props);
  return new ServiceHandle(key, captureSource(definition), resources, dependencies);
}

/**
 * Turns handle-style properties (a whole service or an override's patch) into a plain service.
 *
 * @example
 * serviceFromProps({ environment: { DEBUG: '1' } }).definition; // { environment: { DEBUG: '1' } }
 */
export function serviceFromProps(props: Partial<ServiceProps>): { definition: Service; resources: ResourceHandle[]; dependencies: AnyService[] } {
  const resources: ResourceHandle[] = [];
  const dependencies: AnyService[] = [];
  const use = <H extends ResourceHandle>(h: H): string => {
    if (!resources.includes(h)) resources.push(h);
    return h.key;
  };
  const { build, ports, networks, volumes, dependsOn, secrets, configs, extends: base, ...rest } = props;
  const definition: Service = { ...rest };
  if (build) definition.build = buildFrom(build);
  // A string that is not a port stays as written, and validation reports it with a code.
  if (ports) definition.ports = ports.map((p) => (typeof p === 'string' ? (port(p) ?? (p as unknown as Port)) : p));
  if (networks) {
    definition.networks = {};
    for (const n of networks) {
      if ('network' in n) {
        const { network, ...options } = n;
        definition.networks[use(network)] = Object.keys(options).length ? options : null;
      } else definition.networks[use(n)] = null;
    }
  }
  if (volumes) {
    definition.volumes = volumes.map((m): ServiceMount => (m.type === 'volume' && m.source ? inheritSource({ ...m, source: use(m.source) }, m) : (m as ServiceMount)));
  }
  if (dependsOn) {
    definition.dependsOn = {};
    for (const d of dependsOn) {
      const { service: target, condition = 'service_started', ...options } = d instanceof ServiceHandle ? { service: d } : d;
      if (!dependencies.includes(target)) dependencies.push(target);
      definition.dependsOn[target.key] = { condition, ...options };
    }
  }
  const grant = (g: GrantInput<SecretHandle | ConfigHandle>): FileGrant => ('kind' in g ? { source: use(g) } : { ...g, source: use(g.source) });
  if (secrets) definition.secrets = secrets.map(grant);
  if (configs) definition.configs = configs.map(grant);
  if (base) {
    if (base instanceof ServiceHandle) {
      if (!dependencies.includes(base)) dependencies.push(base);
      definition.extends = { service: base.key };
    } else definition.extends = base;
  }
  return { definition, resources, dependencies };
}

function buildFrom(build: BuildInput<string>): ServiceBuild {
  if (!('image' in build) || build.image === undefined) return { ...build } as ServiceBuild;
  const image = build.image instanceof ImageBuilder ? toImage(build.image) : build.image;
  return { ...build, image };
}
