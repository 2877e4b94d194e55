import { didYouMean } from '../../../diagnostics/did-you-mean.js';
import { defineComposeRule } from '../compose-rule.js';
import { includesOtherFiles } from '../undeclared-reference.js';

interface Data {
  service: string;
  /** `depends_on` or `extends`. */
  via: 'dependsOn' | 'extends';
  other: string;
  guess?: string;
}

/**
 * DSL4005: `depends_on` or `extends` (of the same file) names a service the stack does not
 * have. An optional dependency (`required: false`) may be absent.
 *
 * @example
 * checkStack(stack, [], { rules: [unknownDependency] });
 */
export const unknownDependency = defineComposeRule<Data>({
  code: 'DSL4005',
  name: 'UnknownDependency',
  severity: 'error',
  description: '`depends_on` or `extends` names a service the stack does not have.',
  docs: {
    why: 'Compose refuses to start a stack in which a service waits for, or extends, a service that does not exist.',
    catalogue: 'CP009',
    bad: `services:
  api:
    image: ghcr.io/acme/api:1.4.0
    depends_on:
      - postgres
  db:
    image: postgres:17
`,
    good: `services:
  api:
    image: ghcr.io/acme/api:1.4.0
    depends_on:
      - db
  db:
    image: postgres:17
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const db = compose.service('db', { image: 'postgres:17' });

const api = compose.service('api', { image: 'ghcr.io/acme/api:1.4.0', dependsOn: [db] });

export default defineConfig({ images: [], compose: [compose.stack('shop', { services: [api, db] })] });
`,
  },
  format: (d) =>
    d.via === 'dependsOn'
      ? `service '${d.service}' depends on '${d.other}', which is not a service of this stack${d.guess ? ` (did you mean '${d.guess}'?)` : ''}`
      : `service '${d.service}' extends '${d.other}', which is not a service of this stack`,
  create: (context) => ({
    service(service, name) {
      const { stack } = context;
      if (includesOtherFiles(stack)) return;
      for (const [dependency, condition] of Object.entries(service.dependsOn ?? {})) {
        if (dependency in stack.services || condition.required === false) continue;
        const guess = didYouMean(dependency, Object.keys(stack.services));
        context.report(['services', name, 'dependsOn', dependency], { service: name, via: 'dependsOn', other: dependency, ...(guess ? { guess } : {}) });
      }
      if (service.extends && service.extends.file === undefined && !(service.extends.service in stack.services)) {
        context.report(['services', name, 'extends'], { service: name, via: 'extends', other: service.extends.service });
      }
    },
  }),
});
