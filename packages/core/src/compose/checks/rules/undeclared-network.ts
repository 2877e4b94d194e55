import { defineComposeRule } from '../compose-rule.js';
import { includesOtherFiles, reportUndeclared, undeclaredText, type UndeclaredReference } from '../undeclared-reference.js';

/**
 * DSL4002: a service joins a network the top-level `networks` does not declare (`default`
 * needs no declaration).
 *
 * @example
 * checkStack(stack, [], { rules: [undeclaredNetwork] });
 */
export const undeclaredNetwork = defineComposeRule<UndeclaredReference>({
  code: 'DSL4002',
  name: 'UndeclaredNetwork',
  severity: 'error',
  description: 'A service joins a network that the top-level `networks` does not declare.',
  docs: {
    why: 'Compose refuses a stack whose service joins a network the file does not declare (`service "web" refers to undefined network`).',
    catalogue: 'CP008',
    bad: `services:
  api:
    image: ghcr.io/acme/api:1.4.0
    networks:
      - backend
`,
    good: `services:
  api:
    image: ghcr.io/acme/api:1.4.0
    networks:
      - backend
networks:
  backend:
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const backend = compose.network('backend');

const api = compose.service('api', { image: 'ghcr.io/acme/api:1.4.0', networks: [backend] });

export default defineConfig({ images: [], compose: [compose.stack('shop', { services: [api] })] });
`,
  },
  ...undeclaredText,
  create: (context) => ({
    service(service, name) {
      if (includesOtherFiles(context.stack) || !service.networks) return;
      for (const network of Object.keys(service.networks)) {
        if (network !== 'default') reportUndeclared(context, 'network', network, context.stack.networks, ['services', name, 'networks', network], 'networks');
      }
    },
  }),
});
