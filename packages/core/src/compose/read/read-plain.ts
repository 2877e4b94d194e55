import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment } from '../../diagnostics/diagnostic.js';
import { camelKey } from '../keys.js';
import type { Reader } from './reader.js';

/** Mappings whose keys are names chosen by the user (kept as written, not camel-cased). */
const userKeyed = new Set(['args', 'labels', 'driverOpts', 'options', 'auxAddresses', 'sysctls', 'additionalContexts', 'ssh']);

/**
 * Reads a nested value generically: mappings get camel-cased keys (except user-named keys such
 * as build args and labels), `KEY=VALUE` lists under user-keyed fields become records, and
 * every mapping and list remembers where it was written.
 *
 * @example
 * readPlain(reader, node, ['services', 'web', 'deploy']); // { replicas: 2, resources: { limits: { memory: '256M' } } }
 */
export function readPlain(r: Reader, input: Node | null | undefined, path: PathSegment[]): unknown {
  const node = r.deref(input);
  if (node === null) return null;
  const field = path.at(-1);
  if (typeof field === 'string' && userKeyed.has(field)) return r.dictionary(node, path, false);
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    const items = node.items.map((item, i) => readPlain(r, item as Node, [...path, i]));
    // Scalars cannot carry a location themselves: their index does, so findings point at the item's line.
    node.items.forEach((item, i) => r.keyLocated(items, String(i), r.deref(item as Node)));
    return r.located(items, node);
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of r.pairs(node)) {
      const raw = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const key = raw.startsWith('x-') ? raw : camelKey(raw);
      out[key] = readPlain(r, pair.value as Node | null, [...path, key]);
    }
    return r.located(out, node);
  }
  return undefined;
}
