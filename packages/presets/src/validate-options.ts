import { diagnosticsFromZod, DslError } from '@dockerdsl/core';
import type { z } from 'zod';

/**
 * Checks a preset's parameters against its schema and throws a `DslError` whose diagnostics
 * carry a DSL1xxx code, the path `presets.<preset>.<parameter>` and where the parameters were
 * written — so a JavaScript user (or a typo through `as any`) gets the same error a TypeScript
 * user would see in the editor.
 *
 * @param preset - the preset's name, for messages
 * @param schema - the options' schema
 * @param input - the options as given
 * @example
 * const options = checkOptions('node', nodeAppSchema, input);
 */
export function checkOptions<T>(preset: string, schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new DslError(diagnosticsFromZod(result.error.issues, input, ['presets', preset]));
  return input as T;
}
