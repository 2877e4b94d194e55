import type { JoinNames, TypeMessage } from '../model/type-message.js';
import type { ValidStageSource } from './valid-stage-source.js';
import type { MountInput } from './stage-sources.js';

type MountFrom<M> = M extends { readonly from?: infer F } ? Exclude<F, undefined> : never;
type OptionsOf<T> = Exclude<keyof Extract<MountInput<string>, { type: T }>, 'type'> & string;
// Distributes over a union of mounts, so a `Mount`-typed value has no extra options.
type ExtraOptions<M> = M extends { readonly type: infer T } ? Exclude<keyof M, keyof Extract<MountInput<string>, { type: T }>> & string : never;
type ValidMount<M, Known extends string> = [ExtraOptions<M>] extends [never]
  ? [MountFrom<M>] extends [never] ? unknown : ValidStageSource<MountFrom<M>, Known>
  : M extends { readonly type: infer T extends string }
    ? TypeMessage<`a ${T} mount has no option '${ExtraOptions<M>}'; its options: ${JoinNames<OptionsOf<T>>}`>
    : unknown;

/**
 * Per mount of a `run({ mounts })` tuple: `unknown` when the mount takes only its type's options
 * and has no `from`, or a `from` that is a handle, an image, a context or a stage the image
 * already has; else a `TypeMessage` naming the fix — so `bind('/src', { from: 'biuld' })` inside
 * `run` reads "stage 'biuld' is not declared; declared: build, runtime" as `copyFrom` does, and
 * `{ type: 'cache', env: 'X' }` reads "a cache mount has no option 'env'; its options: …".
 *
 * @example
 * type Ok = ValidMounts<[{ type: 'cache'; target: '/c'; from: 'build' }], 'build'>; // [unknown]
 */
export type ValidMounts<M extends readonly unknown[], Known extends string> = { [I in keyof M]: ValidMount<M[I], Known> };

type EachValid<U, Known extends string> = U extends unknown ? U & ValidMount<U, Known> : never;

/**
 * The type `run({ mounts })` takes for the mounts `M` it was given: each mount with its
 * validation (see `ValidMounts`). A list with a spread (`[...common, bind(…)]`) has no fixed
 * positions, so each kind of mount in it is validated instead.
 *
 * @example
 * type Param = ValidatedMounts<[CacheMount], 'build'>; // [CacheMount] & [unknown]
 */
export type ValidatedMounts<M extends readonly unknown[], Known extends string> = number extends M['length'] ? readonly EachValid<M[number], Known>[] : M & ValidMounts<M, Known>;
