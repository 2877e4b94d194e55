import { DockerfileParser } from 'dockerfile-ast';
import { formatPath, printInstruction, validateImage, type Diagnostic, type Instruction } from '@dockerdsl/core';

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

/**
 * The instructions an independent parser (dockerfile-ast) reads from Dockerfile text.
 *
 * @example
 * readBack('FROM a\nRUN b\n'); // [{ keyword: 'FROM', args: 'a' }, { keyword: 'RUN', args: 'b' }]
 */
export function readBack(text: string): Array<{ keyword: string; args: string }> {
  return DockerfileParser.parse(text)
    .getInstructions()
    .map((i) => ({ keyword: i.getKeyword(), args: i.getArgumentsContent() ?? '' }));
}
