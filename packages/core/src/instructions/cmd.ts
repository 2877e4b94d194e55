import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { commandFormSchema, type CommandForm } from '../model/exec-form.js';
import { instructionBase } from '../model/primitives.js';
import { printCommandForm } from '../compile/command-form.js';

/**
 * `CMD`: the default command, or the default arguments of the ENTRYPOINT.
 *
 * @example
 * const c: CmdInstruction = { kind: 'cmd', command: ['node', 'server.js'] };
 */
export interface CmdInstruction {
  kind: 'cmd';
  command: CommandForm;
  comment?: string;
}

/** Schema of CMD. */
export const cmdSchema = z.strictObject({ kind: z.literal('cmd'), command: commandFormSchema, ...instructionBase });

/**
 * Sets the default command. Exec form is a tuple; shell form needs `sh\`…\``.
 *
 * @example
 * cmd(['node', 'server.js']);
 */
export function cmd(command: CommandForm, options: { comment?: string } = {}): CmdInstruction {
  return captureSource({ kind: 'cmd', command, ...options });
}

/** Prints CMD. */
export function printCmd(i: CmdInstruction): string {
  return `CMD ${printCommandForm(i.command)}`;
}
