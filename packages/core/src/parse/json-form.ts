/**
 * Reads exec form: a JSON array of strings. Anything else — not JSON, single quotes, a bare
 * backslash, numbers inside — is `undefined`, and Docker treats the text as shell form.
 *
 * @example
 * parseJsonArray('["node", "server.js"]'); // ['node', 'server.js']
 * parseJsonArray("['node']"); // undefined
 */
export function parseJsonArray(text: string): string[] | undefined {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) <= 32) start++;
  if (text.charCodeAt(start) !== 91 /* [ */) return undefined;
  let end = text.length;
  while (end > start && text.charCodeAt(end - 1) <= 32) end--;
  if (text.charCodeAt(end - 1) !== 93 /* ] */) return undefined;
  const simple = simpleStringArray(text);
  if (simple !== null) return simple;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
  return value as string[];
}

/** JSON's white space (JSON.parse accepts nothing else around tokens). */
function isJsonBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * The common exec form — strings without escapes, separated by commas — read in one pass, or
 * null when the text needs JSON.parse (escapes, other values, anything malformed). What it
 * returns is exactly what JSON.parse returns for that text (a property test holds it to that).
 */
function simpleStringArray(text: string): string[] | null {
  const n = text.length;
  let i = 0;
  while (i < n && isJsonBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 0x5b /* [ */) return null;
  i++;
  while (i < n && isJsonBlank(text.charCodeAt(i))) i++;
  const out: string[] = [];
  if (text.charCodeAt(i) === 0x5d /* ] */) {
    i++;
  } else {
    for (;;) {
      if (text.charCodeAt(i) !== 0x22 /* " */) return null;
      const from = ++i;
      for (;;) {
        if (i >= n) return null;
        const c = text.charCodeAt(i);
        if (c === 0x22) break;
        if (c === 0x5c /* \ */ || c < 0x20) return null;
        i++;
      }
      out.push(text.slice(from, i));
      i++;
      while (i < n && isJsonBlank(text.charCodeAt(i))) i++;
      const c = text.charCodeAt(i++);
      if (c === 0x5d) break;
      if (c !== 0x2c /* , */) return null;
      while (i < n && isJsonBlank(text.charCodeAt(i))) i++;
    }
  }
  while (i < n && isJsonBlank(text.charCodeAt(i))) i++;
  return i === n ? out : null;
}
