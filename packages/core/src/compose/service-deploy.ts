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
