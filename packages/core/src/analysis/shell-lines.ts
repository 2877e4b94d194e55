/**
 * Drops comments, joins backslash continuations and turns unquoted line breaks into `;`, so
 * the tokenizer (which treats a line break as a blank) sees the command boundaries.
 *
 * @example
 * normaliseLines('apt-get update \\\n  && make # build\nls'); // 'apt-get update    && make ;ls'
 */
export function normaliseLines(text: string): string {
  // Most RUN lines have neither; two character searches are cheaper than a regular expression.
  if (text.indexOf('\n') < 0 && text.indexOf('#') < 0) return text;
  // Copies unchanged runs with one slice each instead of character by character.
  let out = '';
  let from = 0;
  let quote = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 0x5c /* \ */ && quote === 0x22) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x5c) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      const gap = next === 0x0a ? 1 : next === 0x0d && i + 2 < n && text.charCodeAt(i + 2) === 0x0a ? 2 : 0;
      if (gap > 0) {
        out += text.slice(from, i) + ' ';
        i += gap;
        from = i + 1;
      } else {
        i++;
      }
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x23 /* # */ && (i === 0 || /\s|;|&|\|/.test(text[i - 1]!))) {
      out += text.slice(from, i) + ';';
      while (i < n && text.charCodeAt(i) !== 0x0a) i++;
      from = i + 1;
    } else if (c === 0x0a) {
      out += text.slice(from, i) + ';';
      from = i + 1;
    } else if (c === 0x0d) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from < n ? out + text.slice(from) : out;
}
