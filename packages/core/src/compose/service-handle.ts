import type { ConfigHandle } from './config.js';
import type { Dependency, DependencyCondition } from './depends-on.js';
import type { NetworkHandle } from './network.js';
import type { SecretHandle } from './secret.js';
import type { Service } from './service.js';
import type { VolumeHandle } from './volume.js';

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
