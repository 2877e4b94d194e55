import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase, singleLine, variableName } from '../model/primitives.js';
import { quoteWord } from '../print/quote.js';
import type { PrintContext } from '../print/print-context.js';

/**
 * `ENV k=v …`: environment variables that persist into the image. Values may reference
 * variables (`$PATH`); `\$` is a literal dollar.
 *
 * @example
 * const e: EnvInstruction = { kind: 'env', vars: { NODE_ENV: 'production' } };
 */
export interface EnvInstruction {
  kind: 'env';
  vars: Record<string, string>;
  comment?: string;
}

/**
 * Schema of ENV.
 *
 * @example
 * envSchema.parse(env({ NODE_ENV: 'production' }));
 */
export const envSchema = z.strictObject({
  kind: z.literal('env'),
  vars: z
    .record(variableName, singleLine('an ENV value'))
    .refine((vars) => Object.keys(vars).length > 0, { error: 'ENV needs at least one variable' }),
  ...instructionBase,
});

/**
 * Sets environment variables.
 *
 * @example
 * env({ NODE_ENV: 'production', PORT: '8080' });
 */
export function env(vars: Record<string, string>, options: { comment?: string } = {}): EnvInstruction {
  return captureSource({ kind: 'env', vars, ...options });
}

/** Prints ENV, one `key=value` pair after another. */
export function printEnv(i: EnvInstruction, ctx: PrintContext): string {
  return 'ENV ' + Object.entries(i.vars).map(([k, v]) => `${k}=${quoteWord(v, ctx)}`).join(' ');
}
