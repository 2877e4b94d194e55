import type { AnyStage, ExecForm, HealthcheckTiming, PortSpec } from '@dockerdsl/core';
import { z } from 'zod';

/**
 * The account the container runs as, by number: it needs no `/etc/passwd` entry (so it works
 * on `scratch` and distroless), and runtimes that enforce "run as non-root" can verify it.
 *
 * @example
 * const user: RuntimeUser = { uid: 10001, gid: 10001 };
 */
export interface RuntimeUser {
  uid: number;
  gid: number;
}

/**
 * The default runtime account: an unprivileged id outside the range distributions allocate.
 *
 * @example
 * finishRuntime(stage('runtime', { from: 'scratch' }), { user: defaultUser }, ['/app'], undefined);
 */
export const defaultUser: RuntimeUser = { uid: 10001, gid: 10001 };

/**
 * Settings every preset's final (runtime) stage takes.
 *
 * @example
 * const runtime: RuntimeOptions = { ports: [8080], env: { LOG_LEVEL: 'info' }, labels: { 'org.opencontainers.image.source': 'https://example.com/repo' } };
 */
export interface RuntimeOptions {
  /** Ports the service listens on, written as `EXPOSE`. Default: 3000 for Node, 8080 for Go, 8000 for Python, none for a static binary. */
  ports?: PortSpec[];
  /** The non-root account of the container. Default `{ uid: 10001, gid: 10001 }`. */
  user?: RuntimeUser;
  /** Environment of the running container (`ENV`). Default none. */
  env?: Record<string, string>;
  /** Image labels (`LABEL`), written last so changing one rebuilds nothing. Default none. */
  labels?: Record<string, string>;
  /** Default arguments of the program (`CMD` after the exec-form `ENTRYPOINT`). Default none. */
  args?: string[];
  /** Tags of the built image. Default none. */
  tags?: string[];
}

/**
 * Schema of the runtime settings.
 *
 * @example
 * z.object(runtimeOptionsSchema).safeParse({ user: { uid: 0, gid: 0 } }).success; // false: not root
 */
export const runtimeOptionsSchema = {
  ports: z.array(z.union([z.number().int().min(0).max(65535), z.string()])).optional(),
  user: z.strictObject({ uid: z.number().int().min(1, { error: 'the runtime user must not be root (uid 0)' }), gid: z.number().int().min(0) }).optional(),
  env: z.record(z.string(), z.string()).optional(),
  labels: z.record(z.string(), z.string()).optional(),
  args: z.array(z.string()).optional(),
  tags: z.array(z.string().regex(/^\S+$/)).optional(),
};

/**
 * Writes the tail every runtime stage shares, in cache-friendly order: labels, `USER`,
 * `EXPOSE`, `HEALTHCHECK`, exec-form `ENTRYPOINT` and (with arguments) `CMD`.
 *
 * @param handle - the runtime stage
 * @param options - the preset's runtime options (`user`, `labels`, `ports`, `env`)
 * @param entrypoint - the command the container runs
 * @param health - the healthcheck, or `undefined` for none
 * @param defaultPorts - ports to expose when the options name none
 * @example
 * finishRuntime(runtime, { ports: [8080] }, ['/usr/local/bin/app'], undefined);
 */
export function finishRuntime<S extends AnyStage>(handle: S, options: RuntimeOptions, entrypoint: ExecForm, health: { test: ExecForm; timing: HealthcheckTiming } | undefined, defaultPorts: PortSpec[] = []): S {
  let s: AnyStage = handle;
  if (options.labels && Object.keys(options.labels).length > 0) s = s.label(options.labels);
  const user = options.user ?? defaultUser;
  s = s.user(user.uid, user.gid);
  const ports = options.ports ?? defaultPorts;
  if (ports.length > 0) s = s.expose(ports);
  if (health) s = s.healthcheck(health.test, health.timing);
  s = s.entrypoint(entrypoint);
  if (options.args && options.args.length > 0) s = s.cmd(options.args as unknown as ExecForm);
  return s as S;
}
