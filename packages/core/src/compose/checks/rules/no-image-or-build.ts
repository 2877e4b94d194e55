import { defineComposeRule } from '../compose-rule.js';

interface Data { service: string }

/**
 * DSL4010: a service needs an image, a build or a service it extends (a `provider` service is
 * run by an external component, not from an image).
 *
 * @example
 * checkStack({ services: { web: {} } }, [], { rules: [noImageOrBuild] }); // DSL4010
 */
export const noImageOrBuild = defineComposeRule<Data>({
  code: 'DSL4010',
  name: 'NoImageOrBuild',
  severity: 'error',
  description: 'A service with neither `image` nor `build` (nor `extends`) has nothing to run.',
  docs: {
    why: 'Compose refuses a service with nothing to run: it has no image to pull and nothing to build.',
    catalogue: 'CP003',
    bad: `services:
  worker:
    command: ["node", "worker.js"]
`,
    good: `services:
  worker:
    image: node:22-alpine
    command: ["node", "worker.js"]
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const worker = compose.service('worker', { image: 'node:22-alpine', command: ['node', 'worker.js'] });

export default defineConfig({ images: [], compose: [compose.stack('jobs', { services: [worker] })] });
`,
  },
  format: (d) => `service '${d.service}' has neither an image nor a build`,
  hint: 'set `image`, or `build` with a DSL image or a context',
  create: (context) => ({
    service(service, name) {
      if (service.image === undefined && service.build === undefined && service.extends === undefined && service.provider === undefined) context.report(['services', name], { service: name });
    },
  }),
});
