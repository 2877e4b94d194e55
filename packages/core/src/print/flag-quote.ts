import { canonicalWord, printedWord } from './quote.js';
import type { PrintContext } from './print-context.js';

/**
 * A value as text BuildKit's shell lexer reads back unchanged when it expands a flag or mount
 * field (`--chown`, `--chmod`, `--checksum`, every mount field): quotes and the escape token
 * are escaped, literal dollars written escaped, and variable references kept.
 *
 * @example
 * lexerText("a'b$5", defaultPrintContext); // "a\\'b\\$5"
 */
export function lexerText(value: string, ctx: PrintContext): string {
  const word = printedWord(canonicalWord(value));
  const esc = ctx.escape;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '\\' && word[i + 1] === '$') {
      out += esc + '$';
      i++;
    } else if (ch === '"' || ch === "'" || ch === esc) {
      out += esc + ch;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Text as the value of a `--flag=…` word. BuildKit's flag scanner drops quotes and escape
 * tokens (keeping the character after one), so each of those is escaped. Values are printable
 * ASCII without white space (the schema's `asciiFlagValue`): the scanner works byte by byte.
 *
 * @example
 * flagText('"a"', defaultPrintContext); // '\\"a\\"'
 */
export function flagText(text: string, ctx: PrintContext): string {
  const esc = ctx.escape;
  let out = '';
  for (const ch of text) out += ch === '"' || ch === "'" || ch === esc ? esc + ch : ch;
  return out;
}

/**
 * One field of a comma-separated flag value (`--mount`, `--device`), quoted as a CSV reader
 * reads it: a field holding a comma or a double quote is wrapped in quotes, inner quotes doubled.
 *
 * @example
 * csvText('target=/a,b'); // '"target=/a,b"'
 */
export function csvText(field: string): string {
  return /[",\r\n]/.test(field) ? '"' + field.replaceAll('"', '""') + '"' : field;
}

/**
 * A flag whose value BuildKit expands like a shell word (`--chown`, `--chmod`, `--checksum`).
 *
 * @example
 * expandedFlag('chown', 'app:app', defaultPrintContext); // '--chown=app:app'
 */
export function expandedFlag(name: string, value: string | number, ctx: PrintContext): string {
  return `--${name}=${flagText(lexerText(String(value), ctx), ctx)}`;
}

/**
 * A flag BuildKit takes as written, without expansion (`--exclude`).
 *
 * @example
 * literalFlag('exclude', '*.md', defaultPrintContext); // '--exclude=*.md'
 */
export function literalFlag(name: string, value: string, ctx: PrintContext): string {
  return `--${name}=${flagText(value, ctx)}`;
}

/**
 * The `--mount=…` flag for `key=value` fields: each value escaped for the shell lexer (BuildKit
 * expands mount fields), each field quoted for the CSV reader, the whole escaped for the flag scanner.
 *
 * @example
 * mountFlag([['type', 'cache'], ['target', '/x']], [], defaultPrintContext); // '--mount=type=cache,target=/x'
 */
export function mountFlag(fields: ReadonlyArray<readonly [string, string]>, bare: readonly string[], ctx: PrintContext): string {
  const parts = fields.map(([key, value]) => csvText(`${key}=${lexerText(value, ctx)}`)).concat(bare);
  return `--mount=${flagText(parts.join(','), ctx)}`;
}
