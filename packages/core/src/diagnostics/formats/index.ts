import type { Diagnostic } from '../diagnostic.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif, type SarifRule } from './sarif.js';
import { formatText } from './text.js';

/**
 * The output formats of `dsl check --format`.
 *
 * @example
 * const format: DiagnosticFormat = 'github';
 */
export type DiagnosticFormat = 'text' | 'json' | 'github' | 'sarif';

/**
 * The formats, for argument validation.
 *
 * @example
 * diagnosticFormats.includes('sarif'); // true
 */
export const diagnosticFormats: readonly DiagnosticFormat[] = ['text', 'json', 'github', 'sarif'];

/**
 * Prints diagnostics in one of the output formats. Paths in the output are relative to `cwd`;
 * SARIF describes the rules found in `rules` (pass the rule registry).
 *
 * @example
 * process.stdout.write(formatDiagnostics(result.diagnostics, 'sarif', process.cwd(), builtinRules));
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: DiagnosticFormat = 'text', cwd = process.cwd(), rules: readonly SarifRule[] = []): string {
  switch (format) {
    case 'json': return formatJson(diagnostics, cwd);
    case 'github': return formatGithub(diagnostics, cwd);
    case 'sarif': return formatSarif(diagnostics, { cwd, rules });
    default: return formatText(diagnostics, cwd);
  }
}
