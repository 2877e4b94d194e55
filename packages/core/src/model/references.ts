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

// `$NAME`, `${NAME}`, or `${NAME<modifier>word}` whose word is token text and simple references
// (`${PREFIX:+${PREFIX}/}`): still one token.
const simpleVariable = String.raw`\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*\}`;
const variable = String.raw`${simpleVariable}|\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-+?]|#{1,2}|%{1,2})(?:[A-Za-z0-9_.:/@-]|${simpleVariable})*\}`;
/** A stage name as BuildKit accepts it after `AS`. */
const stageNamePattern = /^[A-Za-z][A-Za-z0-9_.-]*$/;
/** An image reference or context name with no variables (`--from` does not expand them). */
const plainReference = /^[A-Za-z0-9_][A-Za-z0-9_.:/@-]*$/;
/** A FROM image reference: one token, where global ARGs may be referenced. */
const baseReference = new RegExp(String.raw`^(?![-])(?:[A-Za-z0-9_.:/@-]|${variable})+$`);
/** A --platform value: `os/arch[/variant]` or a variable such as `$BUILDPLATFORM`. */
const platformPattern = new RegExp(String.raw`^(?:[A-Za-z0-9_.-]|/|${variable})+$`);

/**
 * A reference Docker reads as one token: anything else (white space, a line break, quotes, `$`
 * where no variable is allowed) would change the instruction or add new ones, so it is
 * rejected with DSL1020.
 *
 * @example
 * referenceToken('a stage name', 'stage').parse('build');
 */
export function referenceToken(what: string, kind: 'stage' | 'plain' | 'base' | 'platform') {
  const pattern = { stage: stageNamePattern, plain: plainReference, base: baseReference, platform: platformPattern }[kind];
  const expected = {
    stage: 'a letter, then letters, digits, -, _ and .',
    plain: 'one token of letters, digits and . _ - : / @ (no variables: Docker does not expand them here)',
    base: 'one token of letters, digits and . _ - : / @, and $NAME or ${NAME} variables',
    platform: 'os/arch[/variant] or a variable such as $BUILDPLATFORM',
  }[kind];
  return z
    .string()
    .min(1, { error: `${what} cannot be empty` })
    .refine((s) => pattern.test(s), { message: `${what} must be ${expected}`, params: { code: 'DSL1020' } });
}

/**
 * Schema of a stage reference.
 *
 * @example
 * stageRefSchema.parse({ stage: 'build' });
 */
export const stageRefSchema = z.strictObject({ stage: referenceToken('a stage name', 'stage') });

/**
 * Schema of `--from` values.
 *
 * @example
 * copySourceSchema.safeParse({ stage: 'build' }).success; // true
 */
export const copySourceSchema = z.union(
  [
    referenceToken('a --from reference', 'plain'),
    stageRefSchema,
    z.strictObject({ image: referenceToken('an image reference', 'plain') }),
    z.strictObject({ context: referenceToken('a build context name', 'plain') }),
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
