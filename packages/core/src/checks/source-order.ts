import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** Orders two diagnostics by line, then column (no source counts as line 0). */
export function compareBySource(a: Diagnostic, b: Diagnostic): number {
  return (a.source?.line ?? 0) - (b.source?.line ?? 0) || (a.source?.column ?? 0) - (b.source?.column ?? 0);
}

/**
 * Sorts diagnostics by source position in place, stable, and returns them. Rules mostly report
 * in file order already: a linear check spares the sort (whose set-up cost dominated on files
 * with a handful of findings).
 *
 * @example
 * sortBySource(diagnostics); // line 2 before line 7; equal positions keep their order
 */
export function sortBySource(diagnostics: Diagnostic[]): Diagnostic[] {
  for (let i = 1; i < diagnostics.length; i++) {
    if (compareBySource(diagnostics[i - 1]!, diagnostics[i]!) > 0) return diagnostics.sort(compareBySource);
  }
  return diagnostics;
}
