import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { clearableCommandFormSchema, type CommandForm } from '../model/exec-form.js';
import { instructionBase } from '../model/primitives.js';
import { printCommandForm } from '../print/command-form.js';

/**
 * `ENTRYPOINT`: the program the container always runs; CMD and `docker run` arguments follow it.
 *
 * @example
 * const c: EntrypointInstruction = { kind: 'entrypoint', command: ['/app'] };
 * const cleared: EntrypointInstruction = { kind: 'entrypoint', command: [] };
 */
export interface EntrypointInstruction {
  kind: 'entrypoint';
  /** The program; the empty exec form `[]` clears an ENTRYPOINT inherited from the base image. */
  command: CommandForm | readonly [];
  comment?: string;
}

/**
 * Schema of ENTRYPOINT.
 *
 * @example
 * entrypointSchema.parse(entrypoint(['/app']));
 */
export const entrypointSchema = z.strictObject({ kind: z.literal('entrypoint'), command: clearableCommandFormSchema, ...instructionBase });

/**
 * Sets the entrypoint. Exec form is a tuple; shell form needs `sh\`…\``.
 *
 * @example
 * entrypoint(['/app']);
 */
export function entrypoint(command: CommandForm | readonly [], options: { comment?: string } = {}): EntrypointInstruction {
  return captureSource({ kind: 'entrypoint', command, ...options });
}

/** Prints ENTRYPOINT. */
export function printEntrypoint(i: EntrypointInstruction): string {
  return Array.isArray(i.command) && i.command.length === 0 ? 'ENTRYPOINT []' : `ENTRYPOINT ${printCommandForm(i.command as CommandForm)}`;
}
