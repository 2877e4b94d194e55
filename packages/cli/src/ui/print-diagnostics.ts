import { formatDiagnostic, type Diagnostic, type Severity } from '@dockerdsl/core';
import type { FailureThreshold } from './failure-threshold.js';
import type { Output } from './output.js';

/** How `printDiagnostics` prints. */
export interface PrintOptions {
  /** The stream: `err` (default) where the findings are a side note, `out` where they are the result. */
  to?: 'out' | 'err';
  /** The least severe finding printed. Default `warning`: info findings only where asked for. */
  minSeverity?: Severity;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The diagnostics at `minSeverity` or more severe.
 *
 * @example
 * atLeast(diagnostics, 'warning'); // errors and warnings
 */
export function atLeast(diagnostics: readonly Diagnostic[], minSeverity: Severity): Diagnostic[] {
  return diagnostics.filter((d) => rank[d.severity] <= rank[minSeverity]);
}

/**
 * The findings that fail a run at `--failure-threshold` (none at `none`).
 *
 * @example
 * failingFindings(plan.diagnostics, 'warning').length > 0; // exit 1
 */
export function failingFindings(diagnostics: readonly Diagnostic[], threshold: FailureThreshold): Diagnostic[] {
  return threshold === 'none' ? [] : atLeast(diagnostics, threshold);
}

/**
 * Prints diagnostics like a compiler (`file:line:col severity CODE message`, then the model path
 * and hint), errors in red and warnings in yellow when colour is on; to stderr unless `to` says
 * otherwise, and info findings only when `minSeverity` is `info`.
 *
 * @example
 * printDiagnostics(io, result.diagnostics);
 * printDiagnostics(io, findings, { to: 'out', minSeverity: 'info' });
 */
export function printDiagnostics(io: Output, diagnostics: readonly Diagnostic[], options: PrintOptions = {}): void {
  const stream = options.to === 'out' ? io.out : io.err;
  const colors = options.to === 'out' ? io.c : io.ce;
  // Written in chunks, not a write per diagnostic: stderr to a file or terminal is written
  // synchronously, and a folder of Dockerfiles easily yields thousands of findings.
  let chunk = '';
  for (const d of atLeast(diagnostics, options.minSeverity ?? 'warning')) {
    const text = formatDiagnostic(d, io.cwd);
    const paint = d.severity === 'error' ? colors.red : d.severity === 'warning' ? colors.yellow : colors.cyan;
    const [first, ...rest] = text.split('\n');
    chunk += `${first!.replace(` ${d.severity} `, ` ${paint(d.severity)} `)}\n${rest.map((l) => `${colors.dim(l)}\n`).join('')}`;
    if (chunk.length >= 64 * 1024) {
      stream.write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') stream.write(chunk);
}

/**
 * `N errors, N warnings` for a summary line.
 *
 * @example
 * countText(diags); // '1 error, 2 warnings'
 */
export function countText(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
