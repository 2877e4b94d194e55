import { defineComposeRule } from '../compose-rule.js';

interface Data { service: string; variable: string }

const secretName = /(?:^|_)(?:PASSWORD|PASSWD|PWD|PASS|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|CREDENTIALS?|AUTH)(?:$|_)/i;
/** Values that only point elsewhere: empty, an interpolation, or a `*_FILE` convention path. */
const indirect = /^(?:\$\{[^}]+\}|\$[A-Za-z_]\w*)$/;

/**
 * True when an environment variable looks like it carries a secret in plain text.
 *
 * @example
 * looksSecret('POSTGRES_PASSWORD', 'example'); // true
 * looksSecret('POSTGRES_PASSWORD_FILE', '/run/secrets/db'); // false
 */
export function looksSecret(name: string, value: string | null): boolean {
  if (value === null || value === '' || indirect.test(value)) return false;
  if (/_FILE$/i.test(name)) return false;
  return secretName.test(name);
}

/**
 * DSL4013: environment values that look like passwords or keys.
 *
 * @example
 * checkStack({ services: { db: { image: 'postgres', environment: { POSTGRES_PASSWORD: 'example' } } } }, [], { rules: [secretInEnvironment] });
 */
export const secretInEnvironment = defineComposeRule<Data>({
  code: 'DSL4013',
  name: 'SecretInEnvironment',
  severity: 'warning',
  description: 'An environment value that looks like a password or key; use `secrets:` instead.',
  docs: {
    why: 'Environment values show in `docker inspect` and in the Compose file itself; `secrets:` mounts them as files instead.',
    catalogue: 'CP111',
    bad: `services:
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD: correct-horse-battery
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
  format: (d) => `service '${d.service}' sets ${d.variable} in plain text; it looks like a secret`,
  hint: (d) => `declare a secret and pass it as a file (many images read ${d.variable}_FILE=/run/secrets/<name>)`,
  create: (context) => ({
    service(service, name) {
      for (const [variable, value] of Object.entries(service.environment ?? {})) {
        if (looksSecret(variable, value)) context.report(['services', name, 'environment', variable], { service: name, variable });
      }
    },
  }),
});
