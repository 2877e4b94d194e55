// Helpers for the instruction tests (excluded from the build like the tests themselves).
import { formatPath, type Diagnostic } from '../diagnostics/diagnostic.js';
import { validateImage } from '../validate/validate.js';
import { printInstruction, type Instruction } from './index.js';

/**
 * Prints one step as Dockerfile text with the given escape token.
 *
 * @example
 * printStep({ kind: 'workdir', path: '/app' }); // 'WORKDIR /app'
 */
export function printStep(step: Instruction, escape: '\\' | '`' = '\\'): string {
  return printInstruction(step, { escape });
}

/**
 * Validates one step inside a one-stage image and returns its diagnostics (empty when valid).
 *
 * @example
 * stepDiagnostics({ kind: 'run', command: 5 })[0]?.code; // 'DSL1002'
 */
export function stepDiagnostics(step: unknown): Diagnostic[] {
  const result = validateImage({ name: 't', stages: [{ from: 'busybox', steps: [step] }] });
  return result.diagnostics;
}

/**
 * One diagnostic as `CODE path: message`, for compact assertions.
 *
 * @example
 * stepDiagnostics({ kind: 'cmd', command: [] }).map(brief); // ["DSL1005 images.t.stages[0].steps[0].command: …"]
 */
export function brief(d: Diagnostic): string {
  return `${d.code} ${formatPath(d.path)}: ${d.message}`;
}
