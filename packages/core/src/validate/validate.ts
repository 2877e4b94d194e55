import type { z } from 'zod';
import { diagnosticsFromZod } from '../diagnostics/from-zod.js';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { instructionSchema } from '../instructions/index.js';
import { mountSchema } from '../instructions/mount.js';
import { imageSchema, type Image } from '../image/image.js';
import { stageSchema } from '../image/stage.js';
import { toImage, type ImageInput } from '../builders/image-builder.js';
import { loneSurrogateIssues } from './well-formed.js';

/**
 * The outcome of validating an image: the image, or the reasons it is not one.
 *
 * @example
 * const result: ValidationResult = validateImage(api);
 * if (!result.ok) console.error(result.diagnostics);
 */
export type ValidationResult = { ok: true; image: Image; diagnostics: [] } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Checks the shape of an image — a builder, a typed object, or anything a JS or JSON user
 * passes — and reports every problem as a DSL1xxx diagnostic with a path and source location.
 *
 * @example
 * const result = validateImage({ name: 'api', stages: [{ steps: [] }] });
 * result.ok; // false: DSL1001 'from' is required → at images.api.stages[0].from
 */
export function validateImage(input: ImageInput | unknown, prefix?: PathSegment[]): ValidationResult {
  const value = isBuilder(input) ? toImage(input) : input;
  const parsed = imageSchema.safeParse(value);
  if (parsed.success) {
    // Shape is fine; text must still be writable as UTF-8.
    const lone = loneSurrogateIssues(value);
    if (lone.length === 0) return { ok: true, image: value as Image, diagnostics: [] };
    return { ok: false, diagnostics: diagnosticsFromZod(lone as unknown as z.core.$ZodIssue[], value, prefix ?? imagePrefix(input)) };
  }
  return { ok: false, diagnostics: diagnosticsFromZod(parsed.error.issues, value, prefix ?? imagePrefix(input), (path) => knownKeys(value, path)) };
}

function isBuilder(input: unknown): input is ImageInput {
  return input !== null && typeof input === 'object' && typeof (input as { toImage?: unknown }).toImage === 'function';
}

function imagePrefix(input: unknown): PathSegment[] {
  const name = input !== null && typeof input === 'object' ? (input as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name !== '' ? ['images', name] : ['image'];
}

function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (shape) return Object.keys(shape);
  const options = (schema as unknown as { options?: z.ZodType[] }).options;
  return options ? options.flatMap(keysOf) : [];
}

const instructionKeys = new Map<string, string[]>();
for (const option of (instructionSchema as unknown as { options: z.ZodType[] }).options) {
  const keys = keysOf(option);
  const kind = (option as unknown as { shape?: { kind?: { value?: string } } }).shape?.kind?.value ?? (option as unknown as { options?: Array<{ shape: { kind: { value: string } } }> }).options?.[0]?.shape.kind.value;
  if (kind) instructionKeys.set(kind, [...new Set([...(instructionKeys.get(kind) ?? []), ...keys])]);
}
const mountKeys = new Map<string, string[]>();
for (const option of (mountSchema as unknown as { options: z.ZodType[] }).options) {
  const type = (option as unknown as { shape: { type: { value: string } } }).shape.type.value;
  mountKeys.set(type, keysOf(option));
}

function knownKeys(input: unknown, path: readonly PathSegment[]): string[] {
  let current = input;
  for (const segment of path) current = current !== null && typeof current === 'object' ? (current as Record<PathSegment, unknown>)[segment] : undefined;
  if (path.length === 0) return keysOf(imageSchema);
  if (current === null || typeof current !== 'object') return [];
  const record = current as Record<string, unknown>;
  if (typeof record.kind === 'string') return instructionKeys.get(record.kind) ?? [];
  if (path.at(-2) === 'mounts' && typeof record.type === 'string') return mountKeys.get(record.type) ?? [];
  if (path.at(-2) === 'stages') return keysOf(stageSchema);
  return [];
}
