import type { PrintContext } from './print-context.js';

const bareKey = /^[\w.\/:@%+,~^{}-]+$/;
const bareWordWithVariables = /^[\w.\/:@%+,=~^${}-]+$/;
const barePath = /^[\w.\/:@%+,=~^${}*?!][\w.\/:@%+,=~^${}*?!#\[\]-]*$/;

// BuildKit's names run on through any Unicode letter or digit, where the model's stop at ASCII.
const nameRunsOn = /(?<!\\)\$([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_])(?=[\p{L}\p{Nd}])/gu;

/**
 * A canonical word (see `canonicalWord`) as printed: `$NAME` right before a letter or digit of
 * another script is braced, `${NAME}é`, or BuildKit would read a longer name.
 *
 * @example
 * printedWord('$Aé'); // '${A}é'
 */
export function printedWord(word: string): string {
  return word.includes('$') ? word.replace(nameRunsOn, '${$1}') : word;
}
const reference = /^\$(?:[A-Za-z_]|\{[A-Za-z_][A-Za-z0-9_]*(?:\}|(?::?[-+?]|#{1,2}|%{1,2}|\/{1,2})[^}"'\\`]*\}))/;

/**
 * The model's reading of a word: `$NAME` and `${NAME…}` are variable references, `\$` is a
 * literal dollar, and a `$` that starts no valid reference (`$5`, `$$`, `${`, a trailing `$`) is
 * literal too — the builder would otherwise expand it to nothing or fail. Returns the word with
 * every literal dollar written `\$`, the form a Dockerfile reader sees.
 *
 * @example
 * canonicalWord('cost $5 of $HOME'); // 'cost \\$5 of $HOME'
 */
export function canonicalWord(value: string): string {
  if (!value.includes('$')) return value;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && value[i + 1] === '$') {
      out += '\\$';
      i++;
    } else if (ch === '$') {
      const match = reference.exec(value.slice(i));
      if (match) {
        out += match[0];
        i += match[0].length - 1;
      } else {
        out += '\\$';
      }
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Quotes a word the builder lexes like a shell word (ENV/LABEL/ARG values, USER, WORKDIR, …).
 * In the model, `$NAME` and `${NAME…}` are variable references and `\$` is a literal dollar
 * (see `canonicalWord`); every other character is literal. The result reads back to exactly
 * that value.
 *
 * @example
 * quoteWord('hello world', defaultPrintContext); // '"hello world"'
 * quoteWord('/app/bin:$PATH', defaultPrintContext); // '/app/bin:$PATH'
 */
export function quoteWord(value: string, ctx: PrintContext): string {
  const word = printedWord(canonicalWord(value));
  if (word !== '' && bareWordWithVariables.test(word) && word[0] !== '-') return word;
  const esc = ctx.escape;
  let out = '"';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '\\' && word[i + 1] === '$') {
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
 * Quotes a word with no variable references at all (a label key). Keys cannot hold `=`:
 * Docker splits `key=value` at the first one, quoted or not (validation rejects it).
 *
 * @example
 * quoteKey('org.opencontainers.image.title', defaultPrintContext); // unchanged
 */
export function quoteKey(value: string, ctx: PrintContext): string {
  return bareKey.test(value) && value[0] !== '-' ? value : quoteWord(value.replaceAll('$', '\\$'), ctx);
}

/**
 * Writes strings as a JSON array, the exec form Docker reads.
 *
 * @example
 * jsonArray(['echo', 'Hello, ']); // '["echo", "Hello, "]'
 * jsonArray(['cat', '<<EOF']); // '["cat", "\\u003c<EOF"]'
 */
export function jsonArray(items: readonly string[]): string {
  // `<<` is written `\u003c<`: the same JSON, but no line-based reader can take it for a heredoc.
  return '[' + items.map((item) => JSON.stringify(item).replaceAll('<<', '\\u003c<')).join(', ') + ']';
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
  return paths.every(isBarePath);
}

/**
 * True when one path can be written bare (see `pathsAreBare`).
 *
 * @example
 * isBarePath('./'); // true
 */
export function isBarePath(path: string): boolean {
  return barePath.test(path) && !path.startsWith('<<') && canonicalWord(path) === path;
}

/**
 * A path as the text inside a JSON-form COPY/ADD/VOLUME element. Docker still runs each element
 * through its word lexer (for `$VAR`), which drops escape tokens and quotes, so those — and
 * literal dollars (see `canonicalWord`) — are escaped to come out as written.
 *
 * @example
 * pathWord('it\'s $5.txt', defaultPrintContext); // "it\\'s \\$5.txt"
 */
export function pathWord(path: string, ctx: PrintContext): string {
  const word = printedWord(canonicalWord(path));
  const esc = ctx.escape;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch === '\\' && word[i + 1] === '$') {
      out += esc + '$';
      i++;
    } else if (ch === esc || ch === '"' || ch === "'" || (i === 0 && ch === '\uFEFF') || (ch === '<' && word[i + 1] === '<' && /^\d*$/.test(word.slice(0, i)))) {
      // A byte-order mark opening the element is dropped by the lexer's scanner unless escaped,
      // and BuildKit takes an element starting `<<` (after digits) for a heredoc, JSON form or not.
      out += esc + ch;
    } else {
      out += ch;
    }
  }
  return out;
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
