import { isMap, isPair, isSeq, type Node } from 'yaml';

/**
 * How deep a Compose file may nest. Real files nest a handful of levels; the YAML library and
 * the readers recurse once per level, so a file nested thousands deep would overflow the stack.
 *
 * @example
 * nestingDepth(root, maxComposeDepth).tooDeep; // undefined for any real Compose file
 */
export const maxComposeDepth = 100;

/**
 * The deepest nesting of mappings and sequences under `root`, walked without recursion (aliases
 * are not followed), and the first node found past `limit`, if any.
 *
 * @example
 * nestingDepth(parseDocument('a: [[1]]').contents as Node, 100); // { depth: 3 }
 */
export function nestingDepth(root: Node | null, limit = maxComposeDepth): { depth: number; tooDeep?: Node } {
  let deepest = 0;
  const pending: Array<[Node | null, number]> = [[root, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, depth] = next;
    if (!isMap(node) && !isSeq(node)) continue;
    deepest = Math.max(deepest, depth);
    if (depth > limit) return { depth, tooDeep: node };
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        pending.push([item.key as Node | null, depth + 1], [item.value as Node | null, depth + 1]);
      } else pending.push([item as Node | null, depth + 1]);
    }
  }
  return { depth: deepest };
}
