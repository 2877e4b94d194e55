import type { PathSegment } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { ComposeStack } from '../stack.js';
import type { ComposeRuleContext } from './compose-rule.js';

/**
 * A resource a service uses that the top-level table does not declare, with the closest
 * declared name.
 *
 * @example
 * const d: UndeclaredReference = { what: 'volume', name: 'pgdta', table: 'volumes', guess: 'pgdata' };
 */
export interface UndeclaredReference {
  /** What the service uses: `volume`, `build secret`, … */
  what: string;
  name: string;
  /** The top-level table that should declare it. */
  table: string;
  guess?: string;
}

/**
 * The message and hint the undeclared-resource rules (DSL4001–DSL4004, DSL4110) share.
 *
 * @example
 * defineComposeRule<UndeclaredReference>({ …, ...undeclaredText, create: … });
 */
export const undeclaredText = {
  format: (d: UndeclaredReference): string => `${d.what} '${d.name}' is not declared in the top-level '${d.table}'${d.guess ? ` (did you mean '${d.guess}'?)` : ''}`,
  hint: (d: UndeclaredReference): string => `declare it: ${d.table}: { ${d.name}: {} }, or pass its handle`,
};

/**
 * True when the stack `include`s other files: they declare services and resources this one
 * may use, and a stack read from a file does not see them, so the reference rules stay silent.
 *
 * @example
 * includesOtherFiles({ services: {}, include: [{ path: ['common.yaml'] }] }); // true
 */
export function includesOtherFiles(stack: ComposeStack): boolean {
  return (stack.include?.length ?? 0) > 0;
}

/**
 * Reports `name` at `path` unless `declared` has it.
 *
 * @example
 * reportUndeclared(context, 'network', 'backnd', stack.networks, ['services', 'db', 'networks', 'backnd'], 'networks');
 */
export function reportUndeclared(context: ComposeRuleContext<UndeclaredReference>, what: string, name: string, declared: Readonly<Record<string, unknown>> | null | undefined, path: PathSegment[], table: string): void {
  if (declared && name in declared) return;
  const guess = didYouMean(name, Object.keys(declared ?? {}));
  context.report(path, { what, name, table, ...(guess ? { guess } : {}) });
}
