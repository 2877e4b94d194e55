import type { Diagnostic, PathSegment } from '../../diagnostics/diagnostic.js';
import { effectiveSeverity, type RuleSeverities } from '../../checks/severity-config.js';
import type { ComposeStack } from '../stack.js';
import type { AnyComposeRule, ComposeRuleVisitors } from './compose-rule.js';
import { ComposeRuleRun } from './compose-rule-run.js';
import { composeRules } from './registry.js';

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
}

/**
 * Runs the Compose rules (DSL4xxx) over a stack: every enabled rule's visitors are called from
 * one walk of the stack (`stack`, then `service` for each service in the stack's order), and
 * the findings come out rule by rule in the registry's order, at the configured severities. A
 * rule that throws becomes an error diagnostic instead of a crash.
 *
 * @example
 * const diagnostics = checkStack(app, ['compose', 'shop'], { severities: config.rules });
 */
export function checkStack(stack: ComposeStack, prefix: PathSegment[] = ['compose', stack.name ?? 'stack'], options: CheckStackOptions = {}): Diagnostic[] {
  const runs: Array<[ComposeRuleRun, ComposeRuleVisitors]> = [];
  for (const rule of options.rules ?? composeRules) {
    const severity = effectiveSeverity(rule, options.severities);
    if (severity === 'off') continue;
    const run = new ComposeRuleRun(rule, severity, stack, prefix);
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
  return runs.flatMap(([run]) => run.findings);
}
