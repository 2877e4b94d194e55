import { UsageError } from './exit.js';

/**
 * The levels of `--failure-threshold`, hadolint's flag: findings at this severity or above fail
 * the command; `none` never fails on findings.
 *
 * @example
 * failureThresholds.includes('warning'); // true
 */
export const failureThresholds = ['error', 'warning', 'info', 'none'] as const;

/**
 * One level of `--failure-threshold`.
 *
 * @example
 * const threshold: FailureThreshold = 'warning';
 */
export type FailureThreshold = (typeof failureThresholds)[number];

/**
 * The option as `cac` declares it, with the same help on every command that takes it; `note`
 * says what differs there (the default under `--strict`, errors that stop the command anyway).
 *
 * @param note - the command's addition to the help text, after the default
 * @example
 * cli.command('synth').option(...failureThresholdOption('errors always fail: nothing is written'));
 */
export function failureThresholdOption(note: string): [string, string] {
  return ['--failure-threshold <level>', `Exit 1 on findings at least this severe: ${failureThresholds.slice(0, -1).join(', ')} or none (default: error; ${note})`];
}

/**
 * The threshold a command runs with: the flag's value, checked, or `fallback` without one.
 *
 * @param value - what cac parsed (a string, or an array when the flag was repeated)
 * @param fallback - the level without the flag
 * @throws {UsageError} when the value is not one of the levels (exit 2)
 * @example
 * parseFailureThreshold(flags.failureThreshold, flags.strict ? 'warning' : 'error');
 */
export function parseFailureThreshold(value: unknown, fallback: FailureThreshold): FailureThreshold {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (failureThresholds as readonly string[]).includes(value)) return value as FailureThreshold;
  throw new UsageError(`--failure-threshold is one of ${failureThresholds.join(', ')}, not '${String(value)}'`);
}

/**
 * Why a run with findings failed, for its summary line.
 *
 * @param failing - the findings at the threshold or above
 * @param threshold - the threshold in effect
 * @example
 * thresholdText(failing, 'warning'); // '2 findings at --failure-threshold warning or above'
 */
export function thresholdText(failing: readonly unknown[], threshold: FailureThreshold): string {
  return `${failing.length} finding${failing.length === 1 ? '' : 's'} at --failure-threshold ${threshold} or above`;
}
