import type { ExecForm, HealthcheckTiming } from '@dockerdsl/core';
import { z } from 'zod';

/**
 * An HTTP health check run inside the container by the runtime's own interpreter (no curl or
 * wget needed, so it works on slim and distroless bases).
 *
 * @example
 * const health: HttpHealthcheck = { path: '/healthz', port: 3000, interval: '15s' };
 */
export interface HttpHealthcheck extends HealthcheckTiming {
  /** The path probed on `127.0.0.1`; any 2xx answer is healthy. Default `/health`. */
  path?: string;
  /** The port probed. Default: the first exposed port. */
  port?: number;
}

/**
 * Schema of an HTTP health check parameter (`false` turns it off).
 *
 * @example
 * httpHealthcheckSchema.safeParse({ path: 'health' }).success; // false: a path starts with /
 */
export const httpHealthcheckSchema = z.union([
  z.literal(false),
  z.strictObject({
    path: z.string().regex(/^\/[^\s'"\\`]*$/, { error: 'a health path starts with / and holds no quotes, backslashes or spaces' }).optional(),
    port: z.number().int().min(1).max(65535).optional(),
    interval: z.string().optional(),
    timeout: z.string().optional(),
    startPeriod: z.string().optional(),
    startInterval: z.string().optional(),
    retries: z.number().int().min(0).optional(),
  }),
]);

/**
 * Timing the presets use unless told otherwise: quick to report healthy, tolerant of a slow start.
 *
 * @example
 * httpHealth('node', 'node', { ...defaultHealthTiming, interval: '10s' }, [3000]);
 */
export const defaultHealthTiming: HealthcheckTiming = { interval: '30s', timeout: '3s', startPeriod: '10s', startInterval: '1s', retries: 3 };

/**
 * The interpreters that can probe HTTP by themselves.
 *
 * @example
 * const runtime: ProbeRuntime = 'python';
 */
export type ProbeRuntime = 'node' | 'python';

/**
 * The exec-form probe for a runtime: a one-line program that exits 0 on a 2xx answer.
 *
 * @param runtime - what the runtime image has to fetch a URL with
 * @param interpreter - the program that runs the probe (`node`, `python3`)
 * @param port - the port the app listens on
 * @param path - the URL path that answers when the app works
 * @example
 * httpProbe('node', 'node', 3000, '/health');
 */
export function httpProbe(runtime: ProbeRuntime, interpreter: string, port: number, path: string): ExecForm {
  const url = `http://127.0.0.1:${port}${path}`;
  if (runtime === 'node') {
    return [interpreter, '-e', `fetch('${url}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`];
  }
  return [interpreter, '-c', `import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('${url}', timeout=2).status < 300 else 1)`];
}

/**
 * The health check of an HTTP service, or none when turned off or no port is known.
 *
 * @param runtime - what the runtime image has to fetch a URL with
 * @param interpreter - the program that runs the probe
 * @param option - the preset's `healthcheck` option: settings, `false` for none, or unset for the defaults
 * @param ports - the ports the app exposes; the first number is probed
 * @example
 * httpHealth('python', 'python3', {}, [8000]); // probe of http://127.0.0.1:8000/health
 */
export function httpHealth(runtime: ProbeRuntime, interpreter: string, option: HttpHealthcheck | false | undefined, ports: readonly unknown[]): { test: ExecForm; timing: HealthcheckTiming } | undefined {
  if (option === false) return undefined;
  const { path = '/health', port, ...timing } = option ?? {};
  const first = ports.find((p): p is number => typeof p === 'number') ?? (typeof ports[0] === 'string' ? Number.parseInt(ports[0], 10) : Number.NaN);
  const probePort = port ?? first;
  if (!Number.isInteger(probePort)) return undefined;
  return { test: httpProbe(runtime, interpreter, probePort, path), timing: { ...defaultHealthTiming, ...timing } };
}
