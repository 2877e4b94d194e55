import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { commandFormSchema, type CommandForm } from '../model/exec-form.js';
import { instructionBase } from '../model/primitives.js';
import { printCommandForm } from '../compile/command-form.js';

/**
 * `ENTRYPOINT`: the program the container always runs; CMD and `docker run` arguments follow it.
 *
 * @example
 * const c: EntrypointInstruction = { kind: 'entrypoint', command: ['/app'] };
 */
export interface EntrypointInstruction {
  kind: 'entrypoint';
  command: CommandForm;
  comment?: string;
}

/** Schema of ENTRYPOINT. */
export const entrypointSchema = z.strictObject({ kind: z.literal('entrypoint'), command: commandFormSchema, ...instructionBase });

/**
 * Sets the entrypoint. Exec form is a tuple; shell form needs `sh\`…\``.
 *
 * @example
 * entrypoint(['/app']);
 */
export function entrypoint(command: CommandForm, options: { comment?: string } = {}): EntrypointInstruction {
  return captureSource({ kind: 'entrypoint', command, ...options });
}

/** Prints ENTRYPOINT. */
export function printEntrypoint(i: EntrypointInstruction): string {
  return `ENTRYPOINT ${printCommandForm(i.command)}`;
}
