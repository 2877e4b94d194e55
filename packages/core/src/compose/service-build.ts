import type { Image } from '../image/image.js';
import type { FileGrant } from './secret.js';

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
