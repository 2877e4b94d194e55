/**
 * FNV-1a, 32 bits, as 8 hex digits: a short, stable name for a path. For file names only —
 * callers check what they read back — and cheap: hashing with `node:crypto` meant loading that
 * module, ~5 ms of a cold start.
 *
 * @example
 * fnv1a('/repo/dsl.config.ts'); // '196197a5'
 */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
