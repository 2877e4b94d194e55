import { defineComposeRule } from '../compose-rule.js';
import { includesOtherFiles, reportUndeclared, undeclaredText, type UndeclaredReference } from '../undeclared-reference.js';

/**
 * DSL4003: a service (or its build) receives a secret the top-level `secrets` does not
 * declare. A DSL image's own build secrets are declared by the compiler; written ones must
 * exist.
 *
 * @example
 * checkStack(stack, [], { rules: [undeclaredSecret] });
 */
export const undeclaredSecret = defineComposeRule<UndeclaredReference>({
  code: 'DSL4003',
  name: 'UndeclaredSecret',
  severity: 'error',
  description: 'A service receives a secret that the top-level `secrets` does not declare.',
  docs: {
    why: 'Compose refuses a stack whose service (or build) uses a secret the file does not declare: it would not know where to read it from.',
    catalogue: 'CP008',
    bad: `services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
`,
    good: `services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt
`,
    typescript: `import { compose, defineConfig } from '@dockerdsl/core';

const dbPassword = compose.secret('db_password', { file: './secrets/db_password.txt' });

const db = compose.service('db', {
  image: 'postgres:17',
  environment: { POSTGRES_PASSWORD_FILE: '/run/secrets/db_password' },
  secrets: [dbPassword],
});

export default defineConfig({ images: [], compose: [compose.stack('shop', { services: [db] })] });
`,
  },
  ...undeclaredText,
  create: (context) => ({
    service(service, name) {
      if (includesOtherFiles(context.stack)) return;
      const { secrets } = context.stack;
      service.secrets?.forEach((grant, index) => reportUndeclared(context, 'secret', grant.source, secrets, ['services', name, 'secrets', index], 'secrets'));
      service.build?.secrets?.forEach((grant, index) => reportUndeclared(context, 'build secret', typeof grant === 'string' ? grant : grant.source, secrets, ['services', name, 'build', 'secrets', index], 'secrets'));
    },
  }),
});
