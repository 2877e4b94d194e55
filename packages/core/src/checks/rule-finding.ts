import type { Diagnostic, PathSegment, Severity } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/source-location.js';

/**
 * One finding of a rule, image or Compose: its message and hint made from `data`; a hint given with the report
 * replaces the rule's.
 *
 * @example
 * ruleFinding(latestTag, 'warning', { image: 'node' }, ['images', 'api', 'stages', 0, 'from'], undefined);
 */
export function ruleFinding<Data>(
  rule: { code: string; name: string; format(data: Data): string; hint?: string | ((data: Data) => string | undefined) },
  severity: Severity,
  data: Data,
  path: PathSegment[],
  source: SourceLocation | undefined,
  hint?: string,
): Diagnostic {
  const d: Diagnostic = { code: rule.code, rule: rule.name, severity, message: rule.format(data), path };
  if (source) d.source = source;
  const shown = hint ?? (typeof rule.hint === 'function' ? rule.hint(data) : rule.hint);
  if (shown) d.hint = shown;
  return d;
}

/**
 * The error finding of a rule that threw: reported once, at `path`, instead of a crash.
 *
 * @example
 * ruleFailure(latestTag, ['images', 'api'], new Error('boom')); // message 'rule LatestTag failed: boom'
 */
export function ruleFailure(rule: { code: string; name: string }, path: PathSegment[], error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return { code: rule.code, rule: rule.name, severity: 'error', message: `rule ${rule.name} failed: ${message}`, path };
}
