import type { SourceLocation } from '../model/source-location.js';

/**
 * How bad a finding is.
 *
 * @example
 * const severity: Severity = 'warning';
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A step on the way into the model: a key or an array index.
 *
 * @example
 * const path: PathSegment[] = ['stages', 0, 'steps', 2]; // stages[0].steps[2]
 */
export type PathSegment = string | number;

/**
 * One finding: from schema validation (DSL1xxx), the stage graph (DSL2xxx), instruction
 * practice (DSL3xxx), Compose (DSL4xxx) or parsing (DSL5xxx).
 *
 * @example
 * const d: Diagnostic = {
 *   code: 'DSL2007', rule: 'CopyFromUnknownStage', severity: 'error',
 *   message: "COPY --from refers to stage 'biuld', which does not exist (did you mean 'build'?)",
 *   path: ['images', 'api', 'stages', 'runtime', 'steps', 1, 'from'],
 * };
 */
export interface Diagnostic {
  /** Stable code such as `DSL2007`; never reused. */
  code: string;
  /** PascalCase rule name such as `CopyFromUnknownStage`. */
  rule: string;
  severity: Severity;
  /** One sentence. */
  message: string;
  /** Where in the model: `images.api.stages.build.steps[3]`. */
  path: PathSegment[];
  /** Where it was written: the user's `.ts` file, or a line of a Dockerfile. */
  source?: SourceLocation;
  /** How to fix it. */
  hint?: string;
}

/**
 * Formats a model path the way diagnostics print it.
 *
 * @example
 * formatPath(['images', 'api', 'stages', 'build', 'steps', 3]); // 'images.api.stages.build.steps[3]'
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * Prints a diagnostic like a compiler: `file:line:col severity CODE message`, then the path
 * and hint on indented lines.
 *
 * @example
 * formatDiagnostic(d); // "dsl.config.ts:14:3 error DSL2007 COPY --from refers to …\n  → at images.api…"
 */
export function formatDiagnostic(d: Diagnostic, cwd = process.cwd()): string {
  const where = d.source ? `${relativeTo(d.source.file, cwd)}:${d.source.line}:${d.source.column} ` : '';
  let text = `${where}${d.severity} ${d.code} ${d.message}`;
  if (d.path.length > 0) text += `\n  → at ${formatPath(d.path)}`;
  if (d.hint) text += `\n  hint: ${d.hint}`;
  return text;
}

function relativeTo(file: string, cwd: string): string {
  const prefix = cwd.endsWith('/') ? cwd : `${cwd}/`;
  return file.startsWith(prefix) ? file.slice(prefix.length) : file;
}

/**
 * True when any diagnostic is an error.
 *
 * @example
 * if (hasErrors(result.diagnostics)) process.exitCode = 1;
 */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * Thrown by the throwing conveniences (`toDockerfile`) when a definition has errors; carries
 * the diagnostics and prints them in its message.
 *
 * @example
 * try { toDockerfile(img); } catch (e) { if (e instanceof DslError) console.error(e.diagnostics); }
 */
export class DslError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d)).join('\n'));
    this.name = 'DslError';
  }
}
