import { formatDiagnostic, type Diagnostic } from '../diagnostic.js';

/**
 * Diagnostics printed like a compiler, one block each, then a count line.
 *
 * @example
 * formatText(diagnostics); // "Dockerfile:3:1 warning DSL3007 …\n  → at stages[0].from\n\n1 warning"
 */
export function formatText(diagnostics: readonly Diagnostic[], cwd = process.cwd()): string {
  if (diagnostics.length === 0) return 'no problems found\n';
  const count = (severity: Diagnostic['severity'], word: string): string | undefined => {
    const n = diagnostics.filter((d) => d.severity === severity).length;
    return n === 0 ? undefined : `${n} ${word}${n === 1 ? '' : 's'}`;
  };
  const summary = [count('error', 'error'), count('warning', 'warning'), count('info', 'note')].filter(Boolean).join(', ');
  return `${diagnostics.map((d) => formatDiagnostic(d, cwd)).join('\n')}\n\n${summary}\n`;
}
