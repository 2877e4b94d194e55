import { defineComposeRule } from '../compose-rule.js';
import { includesOtherFiles, reportUndeclared, undeclaredText, type UndeclaredReference } from '../undeclared-reference.js';

/**
 * DSL4001: a service mounts a named volume the top-level `volumes` does not declare.
 *
 * @example
 * checkStack(stack, [], { rules: [undeclaredVolume] });
 */
export const undeclaredVolume = defineComposeRule<UndeclaredReference>({
  code: 'DSL4001',
  name: 'UndeclaredVolume',
  severity: 'error',
  description: 'A service mounts a named volume that the top-level `volumes` does not declare.',
  docs: {
    why: 'Compose refuses a stack whose service mounts a named volume the file does not declare (`service "db" refers to undefined volume`).',
    catalogue: 'CP008',
    bad: `services:
  db:
    image: postgres:17
    volumes:
      - pgdata:/var/lib/postgresql/data
`,
    good: `services:
  db:
    image: postgres:17
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const pgdata = compose.volume('pgdata');

const db = compose.service('db', {
  image: 'postgres:17',
  volumes: [compose.mount(pgdata, '/var/lib/postgresql/data')],
});

export default defineConfig({ images: [], compose: [compose.stack('shop', { services: [db] })] });
`,
  },
  ...undeclaredText,
  create: (context) => ({
    service(service, name) {
      if (includesOtherFiles(context.stack)) return;
      service.volumes?.forEach((mount, index) => {
        if (mount.type === 'volume' && mount.source !== undefined) reportUndeclared(context, 'volume', mount.source, context.stack.volumes, ['services', name, 'volumes', index], 'volumes');
      });
    },
  }),
});
