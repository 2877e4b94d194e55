import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { execFormSchema, type ExecForm } from '../model/exec-form.js';
import { instructionBase } from '../model/primitives.js';
import { jsonArray } from '../print/quote.js';

/**
 * `SHELL ["exe", "param"…]`: the shell for shell-form commands (exec form only).
 *
 * @example
 * const s: ShellInstruction = { kind: 'shell', command: ['/bin/bash', '-o', 'pipefail', '-c'] };
 */
export interface ShellInstruction {
  kind: 'shell';
  command: ExecForm;
  comment?: string;
}

/**
 * Schema of SHELL.
 *
 * @example
 * shellSchema.parse(shell(['/bin/bash', '-o', 'pipefail', '-c']));
 */
export const shellSchema = z.strictObject({ kind: z.literal('shell'), command: execFormSchema, ...instructionBase });

/**
 * Sets the shell.
 *
 * @example
 * shell(['/bin/bash', '-o', 'pipefail', '-c']);
 */
export function shell(command: ExecForm, options: { comment?: string } = {}): ShellInstruction {
  return captureSource({ kind: 'shell', command, ...options });
}

/** Prints SHELL. */
export function printShell(i: ShellInstruction): string {
  return `SHELL ${jsonArray(i.command)}`;
}
