import type { JoinNames, TypeMessage } from '../model/type-message.js';
import type { StageHandle } from './stage-sources.js';

type UndeclaredStage<S extends string, Known extends string> = [Known] extends [never]
  ? TypeMessage<`stage '${S}' is not declared here: a standalone stage knows no stage names, so pass the stage handle itself`>
  : TypeMessage<`stage '${S}' is not declared; declared: ${JoinNames<Known>}`>;

/**
 * `unknown` when `S` (a stage name, `{ stage }`, a handle, an image or a context) refers to a
 * stage the image already has, else a `TypeMessage` naming the stage and the declared ones, so
 * `copyFrom('biuld', …)` reads "stage 'biuld' is not declared; declared: build, runtime".
 *
 * @example
 * type Ok = ValidStageSource<'build', 'build' | 'runtime'>; // unknown
 */
export type ValidStageSource<S, Known extends string> = S extends string
  ? [S] extends [Known] ? unknown : UndeclaredStage<S, Known>
  : S extends StageHandle
    ? unknown
    : S extends { readonly stage: infer N extends string }
      ? [N] extends [Known] ? unknown : UndeclaredStage<N, Known>
      : unknown;

/**
 * `unknown` when a FROM source is an image reference, a handle or `{ stage }` of a declared
 * stage, else a `TypeMessage` naming the stage.
 *
 * @example
 * type Ok = ValidFromSource<{ stage: 'deps' }, 'deps'>; // unknown
 */
export type ValidFromSource<S, Known extends string> = S extends string ? unknown : ValidStageSource<S, Known>;

/**
 * The earlier name of `ValidStageSource`.
 *
 * @deprecated Use `ValidStageSource`; this name goes in the next release.
 * @example
 * type Ok = CheckStageSource<'build', 'build'>; // unknown, as ValidStageSource<'build', 'build'>
 */
export type CheckStageSource<S, Known extends string> = ValidStageSource<S, Known>;

/**
 * The earlier name of `ValidFromSource`.
 *
 * @deprecated Use `ValidFromSource`; this name goes in the next release.
 * @example
 * type Ok = CheckFromSource<'alpine:3.20', never>; // unknown, as ValidFromSource<'alpine:3.20', never>
 */
export type CheckFromSource<S, Known extends string> = ValidFromSource<S, Known>;
