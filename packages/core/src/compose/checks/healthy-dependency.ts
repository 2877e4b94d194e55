import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { imageHealth } from '../healthcheck.js';
import type { Service } from '../service.js';
import type { ComposeStack } from '../stack.js';
import { finding, type RuleContext } from './finding.js';

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

/**
 * DSL4007: `service_healthy` on a service that has no health check — neither in Compose nor
 * in its image. `docker compose up` fails with "container … has no healthcheck configured".
 * When the image is not ours to read, it is a warning.
 *
 * @example
 * checkHealthyDependency(stack, { prefix: ['compose', 'shop'] });
 */
export function checkHealthyDependency(stack: ComposeStack, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, s] of Object.entries(stack.services)) {
    for (const [dep, d] of Object.entries(s.dependsOn ?? {})) {
      const target = stack.services[dep];
      if (d.condition !== 'service_healthy' || !target) continue;
      const health = serviceHealth(target);
      if (health.kind === 'check') continue;
      const message = `service '${key}' waits for '${dep}' to be healthy, but ${health.why}`;
      const hint = `give '${dep}' a healthcheck (or a HEALTHCHECK in its image), or wait with condition service_started`;
      out.push(finding('DSL4007', message, stack, ['services', key, 'dependsOn', dep], ctx.prefix, hint, health.kind === 'none' ? 'error' : 'warning'));
    }
  }
  return out;
}
