import { defineComposeRule } from '../compose-rule.js';

interface Data { name: string }

/**
 * DSL4014: a project name Compose rejects.
 *
 * @example
 * checkStack({ name: 'My Shop', services: {} }, [], { rules: [invalidProjectName] }); // DSL4014
 */
export const invalidProjectName = defineComposeRule<Data>({
  code: 'DSL4014',
  name: 'InvalidProjectName',
  severity: 'error',
  description: 'A project name Compose rejects (lower-case letters, digits, `-` and `_`, starting with a letter or digit).',
  docs: {
    why: 'Compose names containers, networks and volumes after the project, and refuses a name those objects cannot carry.',
    catalogue: 'CP002',
    about: 'stack',
    bad: `name: My Shop
services:
  web:
    image: nginx:1.27
`,
    good: `name: my-shop
services:
  web:
    image: nginx:1.27
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const web = compose.service('web', { image: 'nginx:1.27' });

export default defineConfig({ images: [], compose: [compose.stack('my-shop', { services: [web] })] });
`,
  },
  format: (d) => `project name '${d.name}' is not valid: use lower-case letters, digits, - and _, starting with a letter or digit`,
  create: (context) => ({
    stack(stack) {
      if (stack.name !== undefined && !/^[a-z0-9][a-z0-9_-]*$/.test(stack.name)) context.report(['name'], { name: stack.name });
    },
  }),
});
