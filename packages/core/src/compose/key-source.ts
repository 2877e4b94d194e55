import type { SourceLocation } from '../model/source-location.js';

const keySources = new WeakMap<object, Map<string, SourceLocation>>();

/**
 * Remembers where a key of an object was written, for values that cannot carry a location
 * themselves (strings, numbers). The Compose reader records every service key this way.
 *
 * @example
 * attachKeySource(service, 'restart', { file: 'compose.yaml', line: 7, column: 5 });
 */
export function attachKeySource(target: object, key: string, location: SourceLocation): void {
  let table = keySources.get(target);
  if (!table) keySources.set(target, (table = new Map()));
  table.set(key, location);
}

/**
 * Where a key of an object was written, if the reader recorded it.
 *
 * @example
 * keySourceOf(service, 'restart')?.line; // 7
 */
export function keySourceOf(target: unknown, key: string | number): SourceLocation | undefined {
  return target !== null && typeof target === 'object' ? keySources.get(target)?.get(String(key)) : undefined;
}
