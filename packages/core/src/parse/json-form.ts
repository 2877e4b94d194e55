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
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
  return value as string[];
}
