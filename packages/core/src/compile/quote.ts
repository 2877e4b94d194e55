import type { PrintContext } from './print-context.js';

const bareWord = /^[\w.\/:@%+,=~^{}-]+$/;
const bareWordWithVariables = /^[\w.\/:@%+,=~^${}-]+$/;
const barePath = /^[\w.\/:@%+,=~^${}*?!-][\w.\/:@%+,=~^${}*?!\[\]-]*$/;

/**
 * Quotes a word the builder lexes like a shell word (ENV/LABEL/ARG values, USER, WORKDIR, …).
 * In the model, `$NAME` and `${NAME…}` are variable references and `\$` is a literal dollar;
 * every other character is literal. The result reads back to exactly that value.
 *
 * @example
 * quoteWord('hello world', defaultPrintContext); // '"hello world"'
 * quoteWord('/app/bin:$PATH', defaultPrintContext); // '/app/bin:$PATH'
 */
export function quoteWord(value: string, ctx: PrintContext): string {
  if (value !== '' && bareWordWithVariables.test(value) && value[0] !== '-') return value;
  const esc = ctx.escape;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && value[i + 1] === '$') {
      out += esc + '$';
      i++;
    } else if (ch === '"' || ch === esc) {
      out += esc + ch;
    } else {
      out += ch;
    }
  }
  return out + '"';
}

/**
 * Quotes a word with no variable references at all (a label or env key).
 *
 * @example
 * quoteKey('org.opencontainers.image.title', defaultPrintContext); // unchanged
 */
export function quoteKey(value: string, ctx: PrintContext): string {
  return bareWord.test(value) ? value : quoteWord(value.replaceAll('$', '\\$'), ctx);
}

/**
 * Writes strings as a JSON array, the exec form Docker reads.
 *
 * @example
 * jsonArray(['echo', 'Hello, ']); // '["echo", "Hello, "]'
 */
export function jsonArray(items: readonly string[]): string {
  return '[' + items.map((item) => JSON.stringify(item)).join(', ') + ']';
}

/**
 * True when paths can be written bare (space-separated) rather than as a JSON array: no
 * spaces, quotes, escapes, leading `-` (read as a flag) or `[` (read as JSON) and no heredoc marker.
 *
 * @example
 * pathsAreBare(['go.mod', 'go.sum', './']); // true
 * pathsAreBare(['my file.txt', '/app/']); // false
 */
export function pathsAreBare(paths: readonly string[]): boolean {
  return paths.every((p) => barePath.test(p) && !p.startsWith('<<'));
}

/**
 * Quotes one field of a comma-separated flag value such as `--mount=type=cache,target=/x`.
 *
 * @example
 * csvField('target=/a,b'); // '"target=/a,b"'
 */
export function csvField(field: string): string {
  return /[",\s]/.test(field) ? '"' + field.replaceAll('"', '""') + '"' : field;
}

/**
 * Writes a `--name=value` flag (`--name` alone for `true`). Flag values never hold white
 * space: validation rejects it, because Docker splits flags on it.
 *
 * @example
 * flag('chown', 'app:app'); // '--chown=app:app'
 */
export function flag(name: string, value: string | boolean | number): string {
  return value === true ? `--${name}` : `--${name}=${String(value)}`;
}
