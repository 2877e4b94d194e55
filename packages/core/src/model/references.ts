import { z } from 'zod';

/**
 * An explicit reference to another stage of the same image, by name.
 *
 * @example
 * const ref: StageRef = { stage: 'build' };
 */
export interface StageRef<Name extends string = string> {
  readonly stage: Name;
}

/**
 * An explicit reference to an image (pulled, not a stage).
 *
 * @example
 * const ref: ImageRef = { image: 'nginx:1.27-alpine' };
 */
export interface ImageRef {
  readonly image: string;
}

/**
 * An explicit reference to a named build context (`--build-context name=…`).
 *
 * @example
 * const ref: ContextRef = { context: 'assets' };
 */
export interface ContextRef {
  readonly context: string;
}

/**
 * What `COPY --from` and `RUN --mount from=` take. A plain string behaves as Docker does: an
 * earlier stage of that name, otherwise an image (the checks report names that look like a
 * misspelt stage).
 *
 * @example
 * const a: CopySource = { stage: 'build' };
 * const b: CopySource = { image: 'busybox:1.36' };
 */
export type CopySource = string | StageRef | ImageRef | ContextRef;

/** Schema of a stage reference. */
export const stageRefSchema = z.strictObject({ stage: z.string().min(1) });

/** Schema of `--from` values. */
export const copySourceSchema = z.union(
  [
    z.string().min(1),
    stageRefSchema,
    z.strictObject({ image: z.string().min(1) }),
    z.strictObject({ context: z.string().min(1) }),
  ],
  { error: 'expected a stage handle, { stage }, { image }, { context } or a name' },
);

/**
 * The text Docker reads for a `--from` value.
 *
 * @example
 * copySourceText({ stage: 'build' }); // 'build'
 */
export function copySourceText(source: CopySource): string {
  if (typeof source === 'string') return source;
  if ('stage' in source) return source.stage;
  if ('image' in source) return source.image;
  return source.context;
}

/**
 * The stage a `--from` value names explicitly, if any.
 *
 * @example
 * stageNameOf({ stage: 'build' }); // 'build'
 */
export function stageNameOf(source: CopySource | undefined): string | undefined {
  return source !== undefined && typeof source === 'object' && 'stage' in source ? source.stage : undefined;
}
