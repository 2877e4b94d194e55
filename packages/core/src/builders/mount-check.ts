import type { JoinNames, TypeMessage } from '../model/type-message.js';
import type { CheckStageSource } from './stage-name-check.js';
import type { MountInput } from './stage-sources.js';

type MountFrom<M> = M extends { readonly from?: infer F } ? Exclude<F, undefined> : never;
type OptionsOf<T> = Exclude<keyof Extract<MountInput<string>, { type: T }>, 'type'> & string;
// Distributes over a union of mounts, so a `Mount`-typed value has no extra options.
type ExtraOptions<M> = M extends { readonly type: infer T } ? Exclude<keyof M, keyof Extract<MountInput<string>, { type: T }>> & string : never;
type CheckMount<M, Known extends string> = [ExtraOptions<M>] extends [never]
  ? [MountFrom<M>] extends [never] ? unknown : CheckStageSource<MountFrom<M>, Known>
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
 * type Ok = CheckMounts<[{ type: 'cache'; target: '/c'; from: 'build' }], 'build'>; // [unknown]
 */
export type CheckMounts<M extends readonly unknown[], Known extends string> = { [I in keyof M]: CheckMount<M[I], Known> };

type EachChecked<U, Known extends string> = U extends unknown ? U & CheckMount<U, Known> : never;

/**
 * The type `run({ mounts })` takes for the mounts `M` it was given: each mount with its check
 * (see `CheckMounts`). A list with a spread (`[...common, bind(…)]`) has no fixed positions, so
 * each kind of mount in it is checked instead.
 *
 * @example
 * type Param = CheckedMounts<[CacheMount], 'build'>; // [CacheMount] & [unknown]
 */
export type CheckedMounts<M extends readonly unknown[], Known extends string> = number extends M['length'] ? readonly EachChecked<M[number], Known>[] : M & CheckMounts<M, Known>;
