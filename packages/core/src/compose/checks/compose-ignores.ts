import type { PathSegment } from '../../diagnostics/diagnostic.js';
import { covers } from '../../checks/suppressions.js';
import type { Suppressions } from '../../image/stage.js';
import type { ComposeStack } from '../stack.js';

/**
 * The codes (or rule names) that `# dsl ignore=` comments of a Compose file silence, by the
 * element whose key the comment stands above: `services.web` for a service, `name` for the
 * project name.
 *
 * @example
 * const comments: ComposeIgnoreComments = new Map([['services.db', new Set(['DSL4013'])]]);
 */
export type ComposeIgnoreComments = ReadonlyMap<string, ReadonlySet<string>>;

// The top-level tables whose entries are elements; any other top-level key (`name`) is one itself.
const tables = new Set(['services', 'volumes', 'networks', 'secrets', 'configs', 'models']);

/**
 * The element a finding at `path` (from the stack) is about, as the key of
 * `ComposeIgnoreComments`: a table entry (`services.web`), another top-level key (`name`), or
 * none for the stack as a whole. Table names hold no dot, so the key is unambiguous.
 *
 * @example
 * elementKey(['services', 'web', 'ports', 0]); // 'services.web'
 */
export function elementKey(path: readonly PathSegment[]): string | undefined {
  const [first, second] = path;
  if (first === undefined) return undefined;
  if (tables.has(String(first))) return second === undefined ? undefined : `${String(first)}.${String(second)}`;
  return String(first);
}

/**
 * True when the element a finding at `path` is about silences the rule: its `ignore` (a
 * service's, in a definition) or the `# dsl ignore=` comment above its key (in a file).
 *
 * @example
 * silencedAt(stack, ['services', 'db', 'environment', 'POSTGRES_PASSWORD'], comments, secretInEnvironment);
 */
export function silencedAt(stack: ComposeStack, path: readonly PathSegment[], comments: ComposeIgnoreComments | undefined, rule: { code: string; name: string }): boolean {
  const key = elementKey(path);
  if (key === undefined) return false;
  if (comments && covers(comments.get(key), rule)) return true;
  const [table, name] = path;
  const element = tables.has(String(table)) ? (stack as unknown as Record<string, Record<string, unknown> | undefined>)[String(table)]?.[String(name)] : undefined;
  return element !== null && typeof element === 'object' && covers((element as { ignore?: Suppressions }).ignore, rule);
}

/**
 * The `ignore` entries of a stack and its services whose reason is empty, for
 * SuppressionWithoutReason (DSL3000): where each is, and what it ignores.
 *
 * @example
 * blankReasons({ services: { db: { image: 'postgres:17', ignore: { DSL4013: '' } } } }); // [{ path: ['services', 'db', 'ignore', 'DSL4013'], key: 'DSL4013', where: "service 'db'", holder: … }]
 */
export function blankReasons(stack: ComposeStack): Array<{ path: PathSegment[]; key: string; where: string; holder: object }> {
  const out: Array<{ path: PathSegment[]; key: string; where: string; holder: object }> = [];
  const collect = (ignore: Suppressions | undefined, at: PathSegment[], where: string, holder: object): void => {
    for (const [key, reason] of Object.entries(ignore ?? {})) if (reason.trim() === '') out.push({ path: [...at, 'ignore', key], key, where, holder });
  };
  collect(stack.ignore, [], 'the stack', stack);
  for (const [name, service] of Object.entries(stack.services)) collect(service.ignore, ['services', name], `service '${name}'`, service);
  return out;
}
