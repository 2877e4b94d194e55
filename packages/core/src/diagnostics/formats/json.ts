import type { Diagnostic } from '../diagnostic.js';
import { relativePath } from './relative-path.js';

/**
 * Diagnostics as a JSON array (stable key order, file paths relative to `cwd`), for tools.
 *
 * @example
 * JSON.parse(formatJson(diagnostics))[0].code; // 'DSL3007'
 */
export function formatJson(diagnostics: readonly Diagnostic[], cwd = process.cwd()): string {
  const ordered = diagnostics.map((d) => ({
    code: d.code,
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    path: d.path,
    ...(d.source ? { source: { ...d.source, file: relativePath(d.source.file, cwd) } } : {}),
    ...(d.hint ? { hint: d.hint } : {}),
  }));
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
