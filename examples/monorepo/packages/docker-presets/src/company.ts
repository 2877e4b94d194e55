import type { RuntimeUser } from '@dockerdsl/presets';

/**
 * Who is building: the service's owning team and version, stamped on every image.
 *
 * @example
 * const service: AcmeService = { name: 'api', team: 'payments', context: 'services/api' };
 */
export interface AcmeService {
  /** The image (and service) name. */
  name: string;
  /** The owning team, as the `com.acme.team` label. */
  team: string;
  /** The build context, relative to the monorepo's dsl.config.ts. */
  context: string;
  /** The version, as a label and the image tag. Default `ACME_VERSION` or `dev`. */
  version?: string;
}

/** The account every Acme service runs as. */
export const acmeUser: RuntimeUser = { uid: 10101, gid: 10101 };

/**
 * The registry namespace Acme pushes to (`<registry>/<name>:<version>`). `ACME_REGISTRY`
 * overrides it (CI points it at the real registry, tests at a throwaway namespace).
 *
 * @example
 * acmeRegistry({ ACME_REGISTRY: 'dsl-test' }); // 'dsl-test'
 */
export function acmeRegistry(env: Record<string, string | undefined> = process.env): string {
  return env.ACME_REGISTRY ?? 'acme';
}

/**
 * The labels on every Acme image: OCI vendor, title and version, and the owning team.
 *
 * @example
 * acmeLabels({ name: 'api', team: 'payments', context: 'services/api' }, '1.2.0');
 */
export function acmeLabels(service: AcmeService, version: string): Record<string, string> {
  return {
    'org.opencontainers.image.vendor': 'Acme',
    'org.opencontainers.image.title': service.name,
    'org.opencontainers.image.version': version,
    'com.acme.team': service.team,
  };
}

/**
 * The version of a service's image: its own, else `ACME_VERSION`, else `dev`.
 *
 * @example
 * acmeVersion({ name: 'api', team: 'payments', context: '.' }, {}); // 'dev'
 */
export function acmeVersion(service: AcmeService, env: Record<string, string | undefined> = process.env): string {
  return service.version ?? env.ACME_VERSION ?? 'dev';
}
