// How stack strings become Compose YAML text that `docker compose` reads back unchanged.

// A braced reference with a valid name and one of Compose's modifiers; the default, message
// or alternative is plain text (no nested `$`, no `}`).
const interpolation = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-?+])[^}$]*)?\}/;

/**
 * Writes a string for Compose: a braced reference (`${NAME}`, `${NAME:-default}`, `${NAME-x}`,
 * `${NAME:?message}`, `${NAME?x}`, `${NAME:+alt}`, `${NAME+x}`) is left for Compose to
 * interpolate from the host environment when it loads the file; every other `$` is literal and
 * written `$$` — `$NAME`, `$$`, `$1`, `$@`, a malformed `${…}` — and so is `\$` (the model's
 * literal dollar, as in Dockerfiles), so `\${HOME}` reaches the container as `${HOME}`.
 *
 * @example
 * literalDollars('exec "$@"'); // 'exec "$$@"'
 * literalDollars('app:${TAG:-latest}'); // unchanged
 * literalDollars('echo $HOME \\${USER}'); // 'echo $$HOME $${USER}'
 */
export function literalDollars<T>(value: T): T {
  if (typeof value === 'string') return (value.includes('$') ? dollarsIn(value) : value) as T;
  if (Array.isArray(value)) return value.map(literalDollars) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, literalDollars(v)])) as T;
  return value;
}

function dollarsIn(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && text[i + 1] === '$') {
      out += '$$';
      i++;
    } else if (ch === '$') {
      const match = interpolation.exec(text.slice(i));
      if (match) {
        out += match[0];
        i += match[0].length - 1;
      } else {
        out += '$$';
      }
    } else {
      out += ch;
    }
  }
  return out;
}

// C1 controls and DEL are not printable YAML; NEL, LS and PS are line breaks to YAML readers
// (folded to spaces inside quotes); a BOM may be dropped. All are written as escapes.
const unprintable = /[\x7f-\x9f\u2028\u2029\ufeff]/g;

/**
 * Replaces characters a YAML reader would not keep as written with escapes. Valid on text
 * whose every string is double-quoted (as `composeYaml` writes it), where escapes are read.
 *
 * @example
 * escapeUnprintable('"a\u2028b"'); // '"a\\u2028b"'
 */
export function escapeUnprintable(text: string): string {
  return text.replace(unprintable, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? '\\x' + code.toString(16).toUpperCase().padStart(2, '0') : '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
  });
}

/**
 * True when a key must be double-quoted for its escapes to be read (see `escapeUnprintable`).
 *
 * @example
 * needsEscapes('a\u2028b'); // true
 */
export function needsEscapes(key: string): boolean {
  unprintable.lastIndex = 0;
  return unprintable.test(key);
}
