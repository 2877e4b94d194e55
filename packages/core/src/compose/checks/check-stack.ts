import type { Diagnostic, PathSegment } from '../../diagnostics/diagnostic.js';
import { effectiveSeverity, type RuleSeverities } from '../../checks/severity-config.js';
import { ruleFinding } from '../../checks/rule-finding.js';
import { covers } from '../../checks/suppressions.js';
import { suppressionWithoutReason } from '../../checks/rules/suppression-without-reason.js';
import { sourceOf } from '../../model/source-location.js';
import type { ComposeStack } from '../stack.js';
import type { AnyComposeRule, ComposeRuleVisitors } from './compose-rule.js';
import { ComposeRuleRun } from './compose-rule-run.js';
import { composeRules } from './registry.js';
import { blankReasons, type ComposeIgnoreComments } from './compose-ignores.js';

/**
 * Options of `checkStack`.
 *
 * @example
 * const options: CheckStackOptions = { severities: { DuplicateHostPort: 'warning', DSL4013: 'off' } };
 */
export interface CheckStackOptions {
  /** Severity per rule code or name, or `off`: the config's `rules`, the same table as for image rules. */
  severities?: RuleSeverities;
  /** The rules to run (default: every Compose rule). */
  rules?: readonly AnyComposeRule[];
  /** The `# dsl ignore=` comments of the file the stack was read from (`readCompose` finds them). */
  ignoreComments?: ComposeIgnoreComments;
}

/**
 * Runs the Compose rules (DSL4xxx) over a stack: every enabled rule's visitors are called from
 * one walk of the stack (`stack`, then `service` for each service in the stack's order), and
 * the findings come out rule by rule in the registry's order, at the configured severities. A
 * rule the stack's `ignore` names does not run; a finding about a service whose `ignore` (or,
 * in a file, whose `# dsl ignore=` comment) names its rule is dropped; an `ignore` entry
 * without a reason is reported (DSL3000), as for images. A rule that throws becomes an error
 * diagnostic instead of a crash.
 *
 * @example
 * const diagnostics = checkStack(app, ['compose', 'shop'], { severities: config.rules });
 */
export function checkStack(stack: ComposeStack, prefix: PathSegment[] = ['compose', stack.name ?? 'stack'], options: CheckStackOptions = {}): Diagnostic[] {
  const runs: Array<[ComposeRuleRun, ComposeRuleVisitors]> = [];
  for (const rule of options.rules ?? composeRules) {
    const severity = effectiveSeverity(rule, options.severities);
    if (severity === 'off' || covers(stack.ignore, rule)) continue;
    const run = new ComposeRuleRun(rule, severity, stack, prefix, options.ignoreComments);
    runs.push([run, run.start()]);
  }
  for (const [run, visitors] of runs) {
    if (visitors.stack) run.visit(() => visitors.stack!(stack));
  }
  for (const [name, service] of Object.entries(stack.services)) {
    for (const [run, visitors] of runs) {
      if (visitors.service) run.visit(() => visitors.service!(service, name));
    }
  }
  return [...runs.flatMap(([run]) => run.findings), ...unexplainedIgnores(stack, prefix, options.severities)];
}

/** SuppressionWithoutReason (DSL3000) for the stack's and services' `ignore` entries, as for images and stages. */
function unexplainedIgnores(stack: ComposeStack, prefix: PathSegment[], severities: RuleSeverities | undefined): Diagnostic[] {
  const severity = effectiveSeverity(suppressionWithoutReason, severities);
  if (severity === 'off') return [];
  return blankReasons(stack).map(({ path, key, where, holder }) => ruleFinding(suppressionWithoutReason, severity, { key, where }, [...prefix, ...path], sourceOf(holder)));
}
