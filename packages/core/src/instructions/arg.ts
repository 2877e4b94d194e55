import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase, singleLine, variableName } from '../model/primitives.js';
import { quoteWord } from '../print/quote.js';
import type { PrintContext } from '../print/print-context.js';

/**
 * `ARG name[=default]`: a build argument. Before the first stage it is global (usable in FROM);
 * inside a stage it brings the argument into scope.
 *
 * @example
 * const a: ArgInstruction = { kind: 'arg', name: 'NODE_VERSION', default: '22' };
 */
export interface ArgInstruction {
  kind: 'arg';
  name: string;
  default?: string;
  comment?: string;
}

/**
 * Schema of ARG.
 *
 * @example
 * argSchema.parse(arg('VERSION', '1.2.3'));
 */
export const argSchema = z.strictObject({
  kind: z.literal('arg'),
  name: variableName,
  default: singleLine('an ARG default').optional(),
  ...instructionBase,
});

/**
 * Declares a build argument.
 *
 * @example
 * arg('VERSION', '1.0');
 */
export function arg(name: string, defaultValue?: string, options: { comment?: string } = {}): ArgInstruction {
  return captureSource(defaultValue === undefined ? { kind: 'arg', name, ...options } : { kind: 'arg', name, default: defaultValue, ...options });
}

/** Prints ARG. */
export function printArg(i: ArgInstruction, ctx: PrintContext): string {
  return i.default === undefined ? `ARG ${i.name}` : `ARG ${i.name}=${quoteWord(i.default, ctx)}`;
}
