/**
 * A TypeScript string literal in single quotes.
 *
 * @example
 * stringLiteral("it's"); // "'it\\'s'"
 */
export function stringLiteral(value: string): string {
  const json = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${json}'`;
}

/**
 * A template literal whose cooked value is `value` (for multi-line heredoc bodies and `sh` tags).
 *
 * @example
 * templateLiteral('echo ${HOME}\n'); // '`echo \\${HOME}\n`' (with a real line break)
 */
export function templateLiteral(value: string): string {
  return '`' + value.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/\r/g, '\\r') + '`';
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An object key: bare when it is an identifier, quoted otherwise.
 *
 * @example
 * propertyKey('org.opencontainers.image.title'); // "'org.opencontainers.image.title'"
 */
export function propertyKey(key: string): string {
  return identifier.test(key) ? key : stringLiteral(key);
}

/** A value the literal printer can write. */
export type LiteralValue = string | number | boolean | null | undefined | Code | readonly LiteralValue[] | { readonly [key: string]: LiteralValue };

/**
 * Source text to insert as it is (a variable, a call), not as a string.
 *
 * @example
 * literal({ from: new Code('build') }); // '{ from: build }'
 */
export class Code {
  constructor(readonly text: string) {}
}

/**
 * Writes a value as TypeScript source: strings quoted, `Code` as is, `null` as `null` (a Compose
 * `environment: [FOO]` entry, taken from the host), arrays and objects recursively; `undefined`
 * properties are left out.
 *
 * @example
 * literal({ target: '/root/.npm', sharing: 'locked' }); // "{ target: '/root/.npm', sharing: 'locked' }"
 */
export function literal(value: LiteralValue): string {
  if (value instanceof Code) return value.text;
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = value.map(literal);
    const line = `[${items.join(', ')}]`;
    return line.length <= wrapAt || items.length < 2 ? line : `[\n${items.join(',\n')},\n]`;
  }
  const entries = Object.entries(value as Record<string, LiteralValue>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  const parts = entries.map(([k, v]) => `${propertyKey(k)}: ${literal(v)}`);
  const line = `{ ${parts.join(', ')} }`;
  return line.length <= wrapAt || parts.length < 2 ? line : `{\n${parts.join(',\n')},\n}`;
}

/** Object and array literals longer than this go one entry per line. */
const wrapAt = 80;
