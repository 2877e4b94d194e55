import { formatDiagnostic, type Diagnostic } from '@dockerdsl/core';
import type { Output } from './output.js';

/**
 * Prints diagnostics like a compiler (`file:line:col severity CODE message`, then the model path
 * and hint), errors in red and warnings in yellow when colour is on, to stderr.
 *
 * @example
 * printDiagnostics(io, result.diagnostics);
 */
export function printDiagnostics(io: Output, diagnostics: readonly Diagnostic[]): void {
  // Written in chunks, not a write per diagnostic: stderr to a file or terminal is written
  // synchronously, and a folder of Dockerfiles easily yields thousands of findings.
  let chunk = '';
  for (const d of diagnostics) {
    const text = formatDiagnostic(d, io.cwd);
    const paint = d.severity === 'error' ? io.ce.red : d.severity === 'warning' ? io.ce.yellow : io.ce.cyan;
    const [first, ...rest] = text.split('\n');
    chunk += `${first!.replace(` ${d.severity} `, ` ${paint(d.severity)} `)}\n${rest.map((l) => `${io.ce.dim(l)}\n`).join('')}`;
    if (chunk.length >= 64 * 1024) {
      io.err.write(chunk);
      chunk = '';
    }
  }
  if (chunk !== '') io.err.write(chunk);
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
