/**
 * Reads exec form: a JSON array of strings. Anything else — not JSON, single quotes, a bare
 * backslash, numbers inside — is `undefined`, and Docker treats the text as shell form.
 *
 * @example
 * parseJsonArray('["node", "server.js"]'); // ['node', 'server.js']
 * parseJsonArray("['node']"); // undefined
 */
export function parseJsonArray(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed.charCodeAt(0) !== 91 /* [ */ || trimmed.charCodeAt(trimmed.length - 1) !== 93 /* ] */) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return undefined;
  return value as string[];
}
