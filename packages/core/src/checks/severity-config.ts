import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { AnyRule } from './rule.js';

/**
 * Severity per rule, by code (`DSL3007`) or name (`LatestTag`); `off` turns a rule off.
 *
 * @example
 * const rules: RuleSeverities = { DSL3007: 'error', AptPinVersion: 'off' };
 */
export type RuleSeverities = Record<string, Severity | 'off'>;

/**
 * The severity a rule runs at under a config, or `off`. Opt-in rules are off unless the config
 * names them.
 *
 * @example
 * effectiveSeverity(latestTag, { LatestTag: 'error' }); // 'error'
 */
export function effectiveSeverity(rule: AnyRule, config: RuleSeverities | undefined): Severity | 'off' {
  if (config === undefined) return rule.enabledByDefault === false ? 'off' : rule.severity;
  const configured = config[rule.code] ?? config[rule.name];
  if (configured !== undefined) return configured;
  return rule.enabledByDefault === false ? 'off' : rule.severity;
}

/**
 * True when a check run should fail: any error, or with `strict` any warning as well.
 *
 * @example
 * process.exitCode = shouldFail(diagnostics, { strict: true }) ? 1 : 0;
 */
export function shouldFail(diagnostics: readonly Diagnostic[], options: { strict?: boolean } = {}): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (options.strict === true && d.severity === 'warning'));
}
