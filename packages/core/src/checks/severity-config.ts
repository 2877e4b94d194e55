import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { RuleMeta } from './rule.js';

/**
 * Severity per rule, by code (`DSL3007`) or name (`LatestTag`); `off` turns a rule off.
 *
 * @example
 * const rules: RuleSeverities = { DSL3007: 'error', AptPinVersion: 'off' };
 */
export type RuleSeverities = Record<string, Severity | 'off'>;

/**
 * The severity a rule (an image rule or a Compose rule) runs at under a config, or `off`.
 * Opt-in rules are off unless the config names them.
 *
 * @example
 * effectiveSeverity(latestTag, { LatestTag: 'error' }); // 'error'
 */
export function effectiveSeverity(rule: RuleMeta, config: RuleSeverities | undefined): Severity | 'off' {
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

const severities = new Set(['error', 'warning', 'info', 'off']);

/**
 * The problems of a config's `rules:` table, which would otherwise be ignored silently: a key
 * that is neither a rule's code nor its name (DSL1060, with the closest one) and a severity
 * other than error, warning, info or off (DSL1061).
 *
 * @example
 * ruleConfigDiagnostics({ LatestTga: 'error', DSL3007: 'fatal' }, builtinRules); // DSL1060 (did you mean LatestTag?), DSL1061
 */
export function ruleConfigDiagnostics(config: Readonly<Record<string, unknown>>, rules: readonly RuleMeta[]): Diagnostic[] {
  const keys = new Set(rules.flatMap((r) => [r.code, r.name]));
  const out: Diagnostic[] = [];
  for (const [key, value] of Object.entries(config)) {
    if (!keys.has(key)) {
      const guess = didYouMean(key, keys);
      out.push({ code: 'DSL1060', rule: 'UnknownRule', severity: 'error', message: `rules: '${key}' is not the code or name of a rule${guess ? ` (did you mean '${guess}'?)` : ''}`, path: ['rules', key], ...(guess ? { hint: `use '${guess}'` } : {}) });
    }
    if (typeof value !== 'string' || !severities.has(value)) {
      out.push({ code: 'DSL1061', rule: 'InvalidSeverity', severity: 'error', message: `rules: ${key} is set to ${JSON.stringify(value)}, not a severity`, path: ['rules', key], hint: "use 'error', 'warning', 'info' or 'off'" });
    }
  }
  return out;
}
