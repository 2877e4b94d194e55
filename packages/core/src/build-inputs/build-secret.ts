import { z } from 'zod';
import { hiddenSlot } from '../model/hidden-slot.js';
import { flagValue, singleLine, variableName, type CodedParams } from '../model/primitives.js';

/**
 * A build secret: an id the Dockerfile mounts, and where its value comes from when the image is
 * built — a file or an environment variable of the machine that runs the build. The value itself
 * never appears in the definitions, the generated files or an image layer.
 *
 * @example
 * const npmToken: BuildSecret<'npm_token'> = { id: 'npm_token', env: 'NPM_TOKEN' };
 */
export interface BuildSecret<Id extends string = string> {
  readonly id: Id;
  /** A file, relative to the config's folder (or absolute). */
  readonly file?: string;
  /** An environment variable of the build's client. */
  readonly env?: string;
}

/**
 * Schema of a build secret: an id and exactly one source.
 *
 * @example
 * buildSecretSchema.parse({ id: 'npm-token', env: 'NPM_TOKEN' });
 */
export const buildSecretSchema = z
  .strictObject({ id: flagValue('a secret id').pipe(z.string().regex(/^[^,=]+$/, { error: 'a secret id cannot contain , or =' })), file: singleLine('a secret file').pipe(z.string().min(1)).optional(), env: variableName.optional() })
  .refine((s) => (s.file === undefined) !== (s.env === undefined), { message: 'a build secret comes from exactly one source: a file or an env variable', params: { code: 'DSL1040' } satisfies CodedParams });

/**
 * Declares a build secret once; use the handle in `secret(handle, …)` mounts so the id is the
 * declared one by construction, and the image, the bake file and Compose learn its source.
 *
 * @example
 * const npmToken = buildSecret('npm_token', { env: 'NPM_TOKEN' });
 * const caBundle = buildSecret('ca', { file: './certs/ca.pem' });
 */
export function buildSecret<const Id extends string>(id: Id, source: { file: string } | { env: string }): BuildSecret<Id> {
  return { id, ...source };
}

/** The declaration a `secret(handle)` mount was made from (kept out of sight of the model). */
export const mountedSecret = hiddenSlot<BuildSecret>('dockerdsl.build-inputs.secret');

/**
 * The source of a secret as buildx writes it: `id=npm_token,env=NPM_TOKEN` or
 * `id=ca,src=./certs/ca.pem` (`file` made relative or absolute by `path`).
 *
 * @example
 * secretSpec({ id: 'ca', file: 'ca.pem' }); // 'id=ca,src=ca.pem'
 */
export function secretSpec(secret: BuildSecret, path: (file: string) => string = (f) => f): string {
  return secret.env !== undefined ? `id=${secret.id},env=${secret.env}` : `id=${secret.id},src=${path(secret.file!)}`;
}
