import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);

/**
 * The Compose Specification's JSON schema, vendored in `test/compose/spec/` (source commit and
 * licence in `source.json`; refreshed by `scripts/update-compose-schema.mjs`). It is draft-07,
 * Ajv's default dialect.
 */
export const composeSpecSchema = require('../spec/compose-spec.json') as {
  properties: Record<string, unknown>;
  definitions: Record<string, { properties?: Record<string, unknown>; oneOf?: unknown[] }>;
};

// Its `$schema` names draft-07 by an `https:` address Ajv does not map; Ajv's default dialect is draft-07.
const { $schema: _draft, ...schema } = composeSpecSchema as { $schema?: string };
const ajv = new Ajv.default({ strict: false, allErrors: true });
const validate = ajv.compile(schema);

/**
 * Validates Compose YAML text against the specification's schema; returns the errors as
 * readable lines (empty when valid).
 *
 * @example
 * expect(schemaErrors(text)).toEqual([]);
 */
export function schemaErrors(text: string): string[] {
  if (validate(parse(text))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
