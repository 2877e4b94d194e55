import { DslError, type Diagnostic } from '@dockerdsl/core';
import { didYouMean, diagnosticsFromZod, sourceOf } from '@dockerdsl/core/tooling';
import type { z } from 'zod';

/**
 * Validates a preset's parameters against its schema and throws a `DslError` whose diagnostics
 * carry a DSL1xxx code, the path `presets.<preset>.<parameter>` and where the parameters were
 * written — so a JavaScript user (or a typo through `as any`) gets the same error a TypeScript
 * user would see in the editor. Options the schema does not name are DSL1070.
 *
 * @param preset - the preset's name, for messages
 * @param schema - the options' schema
 * @param input - the options as given
 * @example
 * const options = validateOptions('node', nodeAppSchema, input);
 */
export function validateOptions<T>(preset: string, schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  const diagnostics = [...unknownOptions(preset, schema, input), ...(result.success ? [] : diagnosticsFromZod(result.error.issues, input, ['presets', preset]))];
  if (diagnostics.length > 0) throw new DslError(diagnostics);
  return input as T;
}

/**
 * The earlier name of `validateOptions`.
 *
 * @deprecated Use `validateOptions`; this name goes in the next release.
 * @example
 * const options = checkOptions('node', nodeAppSchema, input); // the same as validateOptions('node', nodeAppSchema, input)
 */
export const checkOptions = validateOptions;

/**
 * DSL1070 for each option the preset's schema does not name: zod objects drop unknown keys
 * silently, so a misspelt option (`healtcheck`) would otherwise be ignored at run time.
 */
function unknownOptions(preset: string, schema: z.ZodType, input: unknown): Diagnostic[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  if (shape === undefined || input === null || typeof input !== 'object' || Array.isArray(input)) return [];
  const known = Object.keys(shape);
  const source = sourceOf(input);
  return Object.keys(input)
    .filter((key) => !Object.hasOwn(shape, key))
    .map((key) => {
      const guess = didYouMean(key, known);
      const d: Diagnostic = { code: 'DSL1070', rule: 'UnknownPresetOption', severity: 'error', message: `preset '${preset}' has no option '${key}'${guess ? ` (did you mean '${guess}'?)` : ''}`, path: ['presets', preset, key], hint: `its options: ${known.join(', ')}` };
      if (source) d.source = source;
      return d;
    });
}
