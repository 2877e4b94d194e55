import { z } from 'zod';
import { captureSource } from '../model/source-location.js';
import { instructionBase, singleLine } from '../model/primitives.js';
import { quoteKey, quoteWord } from '../print/quote.js';
import type { PrintContext } from '../print/print-context.js';

/**
 * `LABEL k=v …`: image metadata.
 *
 * @example
 * const l: LabelInstruction = { kind: 'label', labels: { 'org.opencontainers.image.title': 'api' } };
 */
export interface LabelInstruction {
  kind: 'label';
  labels: Record<string, string>;
  comment?: string;
}

/**
 * Schema of LABEL.
 *
 * @example
 * labelSchema.parse(label({ 'org.opencontainers.image.source': 'https://github.com/acme/api' }));
 */
export const labelSchema = z.strictObject({
  kind: z.literal('label'),
  labels: z
    .record(
      singleLine('a LABEL key').pipe(
        z
          .string()
          .min(1, { error: 'a LABEL key cannot be empty' })
          .refine((k) => !k.includes('='), { message: 'a LABEL key cannot contain = (Docker splits key=value at the first =, quoted or not)', params: { code: 'DSL1006' } }),
      ),
      singleLine('a LABEL value'),
    )
    .refine((labels) => Object.keys(labels).length > 0, { error: 'LABEL needs at least one label' }),
  ...instructionBase,
});

/**
 * Adds labels.
 *
 * @example
 * label({ 'org.opencontainers.image.source': 'https://example.com/repo' });
 */
export function label(labels: Record<string, string>, options: { comment?: string } = {}): LabelInstruction {
  return captureSource({ kind: 'label', labels, ...options });
}

/** Prints LABEL. */
export function printLabel(i: LabelInstruction, ctx: PrintContext): string {
  return 'LABEL ' + Object.entries(i.labels).map(([k, v]) => `${quoteKey(k, ctx)}=${quoteWord(v, ctx)}`).join(' ');
}
