import { isMap, type Node, type Pair } from 'yaml';
import { ignoreCommentOf } from '../../checks/suppressions.js';

/**
 * The codes of the `# dsl ignore=` comments right above a mapping key, as the YAML library
 * keeps them: on the key, or, for the mapping's first key, on the mapping itself. Text after
 * the codes is the reason, as in a Dockerfile; a comment inside a block scalar is text, not a
 * comment, so it silences nothing.
 *
 * @example
 * // services:
 * //   # dsl ignore=DSL4013 a throwaway password for local tests
 * //   db: …
 * ignoreCommentAbove(servicesMap, dbPair); // Set { 'DSL4013' }
 */
export function ignoreCommentAbove(map: Node, pair: Pair): Set<string> | undefined {
  const own = (pair.key as Node | null)?.commentBefore;
  const first = isMap(map) && map.items[0] === pair ? map.commentBefore : undefined;
  const codes = [own, first]
    .flatMap((text) => (text ?? '').split('\n'))
    .flatMap((line) => {
      const comment = ignoreCommentOf(`#${line}`);
      return comment?.tool === 'dsl' && !comment.global ? comment.codes : [];
    });
  return codes.length > 0 ? new Set(codes) : undefined;
}
