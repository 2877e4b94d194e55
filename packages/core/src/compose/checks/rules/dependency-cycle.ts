import { findDependencyCycle } from '../../depends-on.js';
import { defineComposeRule } from '../compose-rule.js';

interface Data { cycle: readonly string[] }

/**
 * DSL4006: services that wait for each other in a cycle (`depends_on` and `extends` of the
 * same file). Compose refuses to start any of them.
 *
 * @example
 * checkStack(stack, [], { rules: [dependencyCycle] });
 */
export const dependencyCycle = defineComposeRule<Data>({
  code: 'DSL4006',
  name: 'DependencyCycle',
  severity: 'error',
  description: 'Services wait for each other in a cycle, so none can start.',
  docs: {
    why: 'Compose starts a service after the ones it depends on; in a cycle none can go first, so `docker compose up` refuses the stack.',
    catalogue: 'CP011',
    silencing: 'The finding is about the service the message names first (`api` in `api → worker → api`): the ignore or comment goes there.',
    bad: `services:
  api:
    image: ghcr.io/acme/api:1.4.0
    depends_on:
      - worker
  worker:
    image: ghcr.io/acme/worker:1.4.0
    depends_on:
      - api
`,
    good: `services:
  api:
    image: ghcr.io/acme/api:1.4.0
    depends_on:
      - worker
  worker:
    image: ghcr.io/acme/worker:1.4.0
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const worker = compose.service('worker', { image: 'ghcr.io/acme/worker:1.4.0' });

const api = compose.service('api', { image: 'ghcr.io/acme/api:1.4.0', dependsOn: [worker] });

export default defineConfig({ images: [], compose: [compose.stack('shop', { services: [api, worker] })] });
`,
  },
  format: (d) => `services depend on each other in a cycle: ${d.cycle.join(' → ')}`,
  hint: 'remove one of the dependencies',
  create: (context) => ({
    stack(stack) {
      const graph: Record<string, string[]> = {};
      for (const [name, service] of Object.entries(stack.services)) {
        graph[name] = [...Object.keys(service.dependsOn ?? {}), ...(service.extends && service.extends.file === undefined ? [service.extends.service] : [])];
      }
      const cycle = findDependencyCycle(graph);
      if (!cycle) return;
      const [first, second] = cycle as [string, string];
      const via = stack.services[first]?.dependsOn?.[second] ? ['dependsOn', second] : ['extends'];
      context.report(['services', first, ...via], { cycle });
    },
  }),
});
