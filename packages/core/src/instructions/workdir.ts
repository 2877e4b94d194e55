import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase, singleLine } from '../model/primitives.js';
import { quoteWord } from '../print/quote.js';
import type { PrintContext } from '../print/print-context.js';

/**
 * `WORKDIR path`: the working directory for the following steps and the container.
 *
 * @example
 * const w: WorkdirInstruction = { kind: 'workdir', path: '/app' };
 */
export interface WorkdirInstruction {
  kind: 'workdir';
  path: string;
  comment?: string;
}

/**
 * Schema of WORKDIR.
 *
 * @example
 * workdirSchema.parse(workdir('/app'));
 */
export const workdirSchema = z.strictObject({
  kind: z.literal('workdir'),
  path: singleLine('WORKDIR').pipe(z.string().min(1, { error: 'WORKDIR needs a path' })),
  ...instructionBase,
});

/**
 * Sets the working directory.
 *
 * @example
 * workdir('/app');
 */
export function workdir(path: string, options: { comment?: string } = {}): WorkdirInstruction {
  return captureSource({ kind: 'workdir', path, ...options });
}

/** Prints WORKDIR. */
export function printWorkdir(i: WorkdirInstruction, ctx: PrintContext): string {
  return `WORKDIR ${quoteWord(i.path, ctx)}`;
}
