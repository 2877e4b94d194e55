import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { clearableCommandFormSchema, type CommandForm } from '../model/exec-form.js';
import { instructionBase } from '../model/primitives.js';
import { printCommandForm } from '../print/command-form.js';

/**
 * `CMD`: the default command, or the default arguments of the ENTRYPOINT. The empty exec form
 * `[]` clears a CMD inherited from the base image (the official `docker` image does this).
 *
 * @example
 * const c: CmdInstruction = { kind: 'cmd', command: ['node', 'server.js'] };
 * const cleared: CmdInstruction = { kind: 'cmd', command: [] };
 */
export interface CmdInstruction {
  kind: 'cmd';
  command: CommandForm | readonly [];
  comment?: string;
}

/**
 * Schema of CMD.
 *
 * @example
 * cmdSchema.parse(cmd(['node', 'server.js']));
 */
export const cmdSchema = z.strictObject({ kind: z.literal('cmd'), command: clearableCommandFormSchema, ...instructionBase });

/**
 * Sets the default command. Exec form is a tuple; shell form needs `sh\`…\``.
 *
 * @example
 * cmd(['node', 'server.js']);
 */
export function cmd(command: CommandForm | readonly [], options: { comment?: string } = {}): CmdInstruction {
  return captureSource({ kind: 'cmd', command, ...options });
}

/** Prints CMD. */
export function printCmd(i: CmdInstruction): string {
  return Array.isArray(i.command) && i.command.length === 0 ? 'CMD []' : `CMD ${printCommandForm(i.command as CommandForm)}`;
}
