import type { StageFact } from './image-facts.js';

/**
 * `{ unbuilt: name }` for a stage the default target does not build (BuildKit builds only the
 * stages the target needs, so the mistake fails only a build of that stage's target).
 *
 * @example
 * ctx.report(copy, { name, ...unbuiltName(copy.stage) }, { unbuilt: !copy.stage.reachable });
 */
export function unbuiltName(stage: StageFact): { unbuilt?: string } {
  return stage.reachable ? {} : { unbuilt: stage.stage.name ?? `#${stage.index}` };
}

/**
 * The sentence a finding in an unbuilt stage ends with.
 *
 * @example
 * unbuiltNote('test'); // " (in stage 'test', which the default target does not build: a warning until you build it)"
 */
export function unbuiltNote(stage: string | undefined): string {
  return stage === undefined ? '' : ` (in stage '${stage}', which the default target does not build: a warning until you build it)`;
}
