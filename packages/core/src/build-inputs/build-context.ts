import { z } from 'zod';
import { hiddenSlot } from '../model/hidden-slot.js';
import { singleLine, type CodedParams } from '../model/primitives.js';
import type { ContextRef } from '../model/references.js';

/**
 * A named build context (`COPY --from=<name>`, `RUN --mount=from=<name>`) and what it is at build
 * time: a folder, a git URL, an image reference, or another image of the project (built first,
 * inside BuildKit).
 *
 * @example
 * const assets: BuildContext<'assets'> = { name: 'assets', path: '../shared/assets' };
 */
export interface BuildContext<Name extends string = string> {
  readonly name: Name;
  /** A folder, relative to the config's folder. */
  readonly path?: string;
  /** A git URL such as `https://github.com/acme/protos.git#v1.2`. */
  readonly git?: string;
  /** An image reference, used as a file tree. */
  readonly image?: string;
  /** The name of another image of this project. */
  readonly project?: string;
}

const sourceKeys = ['path', 'git', 'image', 'project'] as const;
const value = singleLine('a build context source').pipe(z.string().min(1));

/**
 * Schema of a named build context: a name and exactly one source.
 *
 * @example
 * buildContextSchema.parse({ name: 'protos', path: '../protos' });
 */
export const buildContextSchema = z
  .strictObject({ name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:/@-]*$/, { error: 'a context name is letters, digits and _ . : / @ -' }), path: value.optional(), git: value.optional(), image: value.optional(), project: value.optional() })
  .refine((c) => sourceKeys.filter((k) => c[k] !== undefined).length === 1, { message: 'a build context has exactly one source: path, git, image or project', params: { code: 'DSL1041' } satisfies CodedParams });

/** The declaration a context reference was made from. */
export const referencedContext = hiddenSlot<BuildContext>('dockerdsl.build-inputs.context');

/**
 * What `buildContext` accepts as a source; `project` may be the image itself.
 *
 * @example
 * const source: ContextSource = { git: 'https://github.com/acme/protos.git#v2' };
 */
export type ContextSource = { path: string } | { git: string } | { image: string } | { project: string | { readonly name: string } };

/**
 * Declares a named build context once and returns the reference COPY and mounts take
 * (`copyFrom(assets, …)`); the image, the bake file and Compose learn its source from it.
 *
 * @example
 * const assets = buildContext('assets', { path: '../shared/assets' });
 * const protos = buildContext('protos', { git: 'https://github.com/acme/protos.git#v1' });
 * const base = buildContext('base', { project: baseImage });
 */
export function buildContext<const Name extends string>(name: Name, source: ContextSource): ContextRef & { readonly context: Name } {
  const declaration: BuildContext<Name> = 'project' in source ? { name, project: typeof source.project === 'string' ? source.project : source.project.name } : { name, ...source };
  return referencedContext.set({ context: name }, declaration);
}

/**
 * The declaration behind a context reference, if it was made by `buildContext`.
 *
 * @example
 * contextDeclaration(buildContext('a', { path: 'x' })); // { name: 'a', path: 'x' }
 */
export function contextDeclaration(ref: unknown): BuildContext | undefined {
  return ref !== null && typeof ref === 'object' ? referencedContext.get(ref) : undefined;
}

/**
 * The context's source as bake writes it (`contexts`): a path, a git URL, `docker-image://…` or
 * `target:<image>`.
 *
 * @example
 * bakeContextValue({ name: 'base', project: 'base' }); // 'target:base'
 */
export function bakeContextValue(context: BuildContext, path: (p: string) => string = (p) => p): string {
  if (context.path !== undefined) return path(context.path);
  if (context.git !== undefined) return context.git;
  if (context.image !== undefined) return `docker-image://${context.image}`;
  return `target:${context.project}`;
}
