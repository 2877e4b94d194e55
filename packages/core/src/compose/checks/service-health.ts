import { imageHealth } from '../healthcheck.js';
import type { Service } from '../service.js';

/**
 * What Compose will find when it waits for a service to be healthy: a check, none, or
 * unknown (an outside image may define a HEALTHCHECK). A service's own `healthcheck` wins;
 * without a `test` it keeps its image's.
 *
 * @example
 * serviceHealth({ image: 'nginx' }); // { kind: 'unknown', why: "image 'nginx'" }
 */
export function serviceHealth(s: Service): { kind: 'check' } | { kind: 'none'; why: string } | { kind: 'unknown'; why: string } {
  if (s.healthcheck?.disable) return { kind: 'none', why: 'its healthcheck is disabled' };
  if (s.healthcheck?.test) return { kind: 'check' };
  const image = s.build?.image;
  if (image) {
    const health = imageHealth(image, s.build?.target ?? image.target);
    if (health.kind === 'check') return { kind: 'check' };
    if (health.kind === 'none') return { kind: 'none', why: `image '${image.name}' has no HEALTHCHECK (or HEALTHCHECK NONE)` };
    return { kind: 'unknown', why: `image '${image.name}' has no HEALTHCHECK of its own and its base '${health.base}' may or may not define one` };
  }
  return { kind: 'unknown', why: s.image ? `it has no healthcheck and image '${s.image}' may or may not define one` : 'it has no healthcheck and its Dockerfile is not a DSL image' };
}
