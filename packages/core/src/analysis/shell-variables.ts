// How the shell scanner (shell-tokens.ts) reads a `$` the way shell-quote does with variables
// kept as written: `$NAME` and one-character names, and `${…}` outside and inside double quotes.

/**
 * A `$` at `i`: shell-quote with variables kept gives `$` and the name as written (the name's
 * characters are plain word characters, so they follow as such), and `${…}` as `$` and what the
 * braces hold (`${A:-x}` → `$A:-x`). `$'…'`, and braces holding quotes, blanks, operators,
 * escapes or other braces, are left to shell-quote.
 *
 * @example
 * variable('echo ${A:-x} y', 5); // { text: '$A:-x', end: 12 }
 */
export function variable(text: string, i: number): { text: string; end: number } | undefined {
  const next = text[i + 1];
  if (next === "'") return undefined;
  // One of shell-quote's one-character names: `$?`, `$$`, … (not a glob, not a comment).
  if (next !== undefined && '*@#?$!-'.includes(next)) return { text: `$${next}`, end: i + 2 };
  if (next !== '{') return { text: '$', end: i + 1 };
  let j = i + 2;
  while (j < text.length && inBraces[text.charCodeAt(j)] === 1) j++;
  // Nothing inside (`${}`) is shell-quote's "bad substitution"; anything else stops the fast path.
  if (j === i + 2 || text.charCodeAt(j) !== 0x7d /* } */) return undefined;
  return { text: `$${text.slice(i + 2, j)}`, end: j + 1 };
}

/**
 * `${…}` inside double quotes, where shell-quote's chunk is the whole quoted text: it ends the
 * braces at the `}` that closes them, counting `${` and `}` ("${ARCH:-$(uname -m)}" →
 * `$ARCH:-$(uname -m)`). Braces holding a quote, a backslash, a control character or non-ASCII
 * text, and `${}`, are left to shell-quote.
 *
 * @example
 * quotedBraces('"${ARCH:-$(uname -m)}"', 1); // { text: '$ARCH:-$(uname -m)', end: 21 }
 */
export function quotedBraces(text: string, i: number): { text: string; end: number } | undefined {
  let depth = 1;
  for (let j = i + 2; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22 || c === 0x5c || c < 0x20 || c >= 0x7f) return undefined;
    if (c === 0x7b /* { */ && text.charCodeAt(j - 1) === 0x24 /* $ */) depth++;
    else if (c === 0x7d /* } */ && --depth === 0) return j === i + 2 ? undefined : { text: `$${text.slice(i + 2, j)}`, end: j + 1 };
  }
  return undefined;
}

/**
 * Characters the scanner accepts inside `${…}`: printable ASCII without blanks, quotes, `$`,
 * `\`, braces or operators. With these shell-quote's brace matching (which counts `${` and `}`
 * within one chunk) ends at the first `}`, and no chunk boundary can fall inside.
 */
const inBraces = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) if (!'"\'$\\{}|&;()<>'.includes(String.fromCharCode(c))) inBraces[c] = 1;
