import type { PathSegment } from '../../diagnostics/diagnostic.js';
import { checkRuleMeta, type RuleMeta } from '../../checks/rule.js';
import type { Service } from '../service.js';
import type { ComposeStack } from '../stack.js';

/**
 * Options of one Compose report: a hint that overrides the rule's, and whether the finding is
 * only a likely problem.
 *
 * @example
 * context.report(['services', name, 'dependsOn', dep], data, { uncertain: true });
 */
export interface ComposeReportOptions {
  hint?: string;
  /**
   * The rule cannot be sure (an outside image may define what the stack lacks): an error is
   * reported as a warning.
   */
  uncertain?: boolean;
}

/**
 * What a Compose rule's `create` receives, once per stack: the stack and `report`.
 *
 * @example
 * create(context) { return { service(service, name) { if (!service.image) context.report(['services', name], { name }); } }; }
 */
export interface ComposeRuleContext<Data> {
  readonly stack: ComposeStack;
  /** Reports a finding at `path` (from the stack: `['services', 'web', 'ports', 0]`). */
  report(path: PathSegment[], data: Data, options?: ComposeReportOptions): void;
}

/**
 * What `create` returns: the functions the engine calls while it walks the stack once, in this
 * order: `stack`, then `service` for each service in the stack's order.
 *
 * @example
 * create(context) { return { stack(stack) { if (!stack.name) context.report([], {}); } }; }
 */
export interface ComposeRuleVisitors {
  stack?(stack: ComposeStack): void;
  service?(service: Service, name: string): void;
}

/**
 * Documentation of a Compose rule, from which its page in `docs/rules/` is generated: why it
 * matters, the entry of the Compose checks catalogue (`shared/checks.md`) it implements, and
 * examples that `test/checks/rule-docs.test.ts` runs.
 *
 * @example
 * const docs: ComposeRuleDocs = { why: 'The second container fails with "port is already allocated".', catalogue: 'CP102', bad: 'services: …', good: 'services: …', typescript: "import { compose, defineConfig } from '@dockerdsl/core'; …" };
 */
export interface ComposeRuleDocs {
  why: string;
  catalogue: string;
  /** A minimal Compose file the rule fires on (with `exampleKind: 'definition'`, a TypeScript module exporting the stack). */
  bad: string;
  /** The same put right: the rule stays silent. */
  good: string;
  /** `good` written with the compose API, a module whose default export is the config (none for `definition` examples, already TypeScript). */
  typescript?: string;
  /** `definition` for a rule no Compose file can trigger (it needs a DSL image): its examples are TypeScript. */
  exampleKind?: 'compose' | 'definition';
  /** What a finding is about, and so what silences it: a service (the default) or the whole stack. */
  about?: 'service' | 'stack';
  /** A word on silencing particular to the rule. */
  silencing?: string;
}

/**
 * A Compose check rule: one file under `compose/checks/rules/`, named after the rule. Its
 * metadata (code, name, default severity, description — the same as an image rule's, so the
 * config's `rules:` table, SARIF and the docs read both alike), its message, and `create`,
 * which returns the visitors the engine calls.
 *
 * @example
 * const rule: ComposeRule<{ service: string }> = defineComposeRule({ code: 'DSL4010', name: 'NoImageOrBuild', …, create: (context) => ({ service(s, name) { … } }) });
 */
export interface ComposeRule<Data = unknown> extends RuleMeta {
  docs: ComposeRuleDocs;
  /** The diagnostic message, one sentence. */
  format(data: Data): string;
  /** How to fix it (none when the function returns undefined). */
  hint?: string | ((data: Data) => string | undefined);
  /** Called once per stack; returns the visitors for the engine's walk. */
  create(context: ComposeRuleContext<Data>): ComposeRuleVisitors;
}

/**
 * A Compose rule of any data type, as the registry holds them.
 *
 * @example
 * const rules: readonly AnyComposeRule[] = composeRules;
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyComposeRule = ComposeRule<any>;

/**
 * Declares a Compose rule, checking its code and name as `defineRule` does.
 *
 * @example
 * export const noImageOrBuild = defineComposeRule<{ service: string }>({
 *   code: 'DSL4010', name: 'NoImageOrBuild', severity: 'error', description: '…',
 *   docs: { why: '…', catalogue: 'CP003' },
 *   format: (d) => `service '${d.service}' has neither an image nor a build`,
 *   create: (context) => ({ service(s, name) { if (!s.image && !s.build) context.report(['services', name], { service: name }); } }),
 * });
 */
export function defineComposeRule<Data>(rule: ComposeRule<Data>): ComposeRule<Data> {
  checkRuleMeta(rule);
  if (typeof rule.create !== 'function') throw new TypeError(`rule ${rule.name} has no create(context) function`);
  return rule;
}
