import { defineComposeRule } from '../compose-rule.js';
import { serviceHealth } from '../service-health.js';

interface Data { service: string; dependency: string; why: string }

/**
 * DSL4007: `service_healthy` on a service that has no health check — neither in Compose nor
 * in its image. `docker compose up` fails with "container … has no healthcheck configured".
 * When the image is not ours to read, it is reported as uncertain (a warning by default).
 *
 * @example
 * checkStack(stack, [], { rules: [healthyDependencyWithoutHealthcheck] });
 */
export const healthyDependencyWithoutHealthcheck = defineComposeRule<Data>({
  code: 'DSL4007',
  name: 'HealthyDependencyWithoutHealthcheck',
  severity: 'error',
  description: '`service_healthy` on a service with neither a compose healthcheck nor a HEALTHCHECK in its image.',
  docs: {
    why: 'A service that never reports healthy keeps the ones waiting for it from starting: `docker compose up` fails with "container … has no healthcheck configured". When the service runs an image dockerdsl cannot read (not a DSL image, or a base that may define a HEALTHCHECK), the finding is a warning.',
    catalogue: 'CP100',
    bad: `services:
  api:
    image: ghcr.io/acme/api:1.4.0
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:17
`,
    good: `services:
  api:
    image: ghcr.io/acme/api:1.4.0
    depends_on:
      db:
        condition: service_healthy
  db:
    image: postgres:17
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "postgres"]
      interval: 5s
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const db = compose.service('db', {
  image: 'postgres:17',
  healthcheck: { test: ['pg_isready', '-U', 'postgres'], interval: '5s' },
});

const api = compose.service('api', { image: 'ghcr.io/acme/api:1.4.0', dependsOn: [db.healthy()] });

export default defineConfig({ images: [], compose: [compose.stack('shop', { services: [api, db] })] });
`,
  },
  format: (d) => `service '${d.service}' waits for '${d.dependency}' to be healthy, but ${d.why}`,
  hint: (d) => `give '${d.dependency}' a healthcheck (or a HEALTHCHECK in its image), or wait with condition service_started`,
  create: (context) => ({
    service(service, name) {
      for (const [dependency, condition] of Object.entries(service.dependsOn ?? {})) {
        const target = context.stack.services[dependency];
        if (condition.condition !== 'service_healthy' || !target) continue;
        const health = serviceHealth(target);
        if (health.kind === 'check') continue;
        context.report(['services', name, 'dependsOn', dependency], { service: name, dependency, why: health.why }, { uncertain: health.kind === 'unknown' });
      }
    },
  }),
});
