import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { ComposeStack } from '../stack.js';
import { finding, type RuleContext } from './finding.js';

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
 * DSL4013: environment values that look like passwords or keys. They show in
 * `docker inspect` and in the Compose file; `secrets:` mounts them as files instead.
 *
 * @example
 * checkSecretEnvironment({ services: { db: { image: 'postgres', environment: { POSTGRES_PASSWORD: 'example' } } } }, { prefix: [] });
 */
export function checkSecretEnvironment(stack: ComposeStack, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, s] of Object.entries(stack.services)) {
    for (const [name, value] of Object.entries(s.environment ?? {})) {
      if (!looksSecret(name, value)) continue;
      out.push(finding('DSL4013', `service '${key}' sets ${name} in plain text; it looks like a secret`, stack, ['services', key, 'environment', name], ctx.prefix, `declare a secret and pass it as a file (many images read ${name}_FILE=/run/secrets/<name>)`));
    }
  }
  return out;
}
