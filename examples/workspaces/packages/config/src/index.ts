/** Settings every service reads from its environment. */
export interface ServiceConfig {
  port: number;
  greeting: string;
}

/** Reads the settings, with the defaults a service falls back on. */
export function readConfig(env: Record<string, string | undefined>, defaultPort: number): ServiceConfig {
  const port = Number(env.PORT ?? defaultPort);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a port number, not ${env.PORT}`);
  return { port, greeting: env.GREETING ?? 'Hello' };
}
