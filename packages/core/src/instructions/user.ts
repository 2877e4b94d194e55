import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase, userOrId } from '../model/primitives.js';
import { quoteWord } from '../print/quote.js';
import { defaultPrintContext, type PrintContext } from '../print/print-context.js';

/**
 * `USER name[:group]`: who runs the following steps and the container.
 *
 * @example
 * const u: UserInstruction = { kind: 'user', user: 'app', group: 'app' };
 */
export interface UserInstruction {
  kind: 'user';
  user: string | number;
  group?: string | number;
  comment?: string;
}

/**
 * Schema of USER.
 *
 * @example
 * userSchema.parse(user('app'));
 */
export const userSchema = z.strictObject({
  kind: z.literal('user'),
  user: userOrId,
  group: userOrId.optional(),
  ...instructionBase,
});

/**
 * Switches user.
 *
 * @example
 * user('node');
 * user(10001, 10001);
 */
export function user(name: string | number, group?: string | number, options: { comment?: string } = {}): UserInstruction {
  return captureSource(group === undefined ? { kind: 'user', user: name, ...options } : { kind: 'user', user: name, group, ...options });
}

/** Prints USER. */
export function printUser(i: UserInstruction, ctx: PrintContext = defaultPrintContext): string {
  // BuildKit expands USER like a shell word, so `$!`, `$$` or `${` must come out literal.
  return 'USER ' + quoteWord(i.group === undefined ? String(i.user) : `${i.user}:${i.group}`, ctx);
}
