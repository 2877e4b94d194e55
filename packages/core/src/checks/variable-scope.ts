import type { ImageFacts, StageFact, StepFact } from './image-facts.js';
import { parseImageRef } from './image-ref.js';
import { baseImageEnvironments, defaultEnvironment, predefinedArgs } from './variables.js';

/**
 * The variables visible at one step: declared by ARG or ENV earlier in the stage or in the
 * stages it is built FROM. `complete` is false when the base is an outside image whose own
 * environment we cannot see.
 *
 * @example
 * walkScopes(facts, (step, scope) => scope.names.has('PATH'));
 */
export interface Scope {
  names: ReadonlySet<string>;
  complete: boolean;
}

const finalScopes = new WeakMap<StageFact, Scope>();
function initial(stage: StageFact, facts: ImageFacts): Set<string> {
  const names = new Set<string>([...predefinedArgs, ...defaultEnvironment]);
  if (stage.base.kind === 'stage' && stage.base.stage.index < stage.index) {
    const parent = scopeAtEnd(stage.base.stage, facts);
    parent.names.forEach((n) => names.add(n));
  }
  if (stage.base.kind === 'image') baseEnvironment(stage.base.ref)?.forEach((n) => names.add(n));
  return names;
}

function baseEnvironment(ref: string): readonly string[] | undefined {
  const name = parseImageRef(ref).name;
  return baseImageEnvironments[name.replace(/^(?:docker\.io\/)?(?:library\/)?/, '')];
}

function isComplete(stage: StageFact): boolean {
  if (stage.base.kind === 'scratch') return true;
  if (stage.base.kind === 'image') return baseEnvironment(stage.base.ref) !== undefined;
  if (stage.base.kind === 'stage' && stage.base.stage.index < stage.index) return isComplete(stage.base.stage);
  return false;
}

/** Calls `visit` for every step (of `only` those stages, if given) with the variables visible before it runs. */
export function walkScopes(facts: ImageFacts, visit: (step: StepFact, scope: Scope) => void, only?: ReadonlySet<StageFact>): void {
  for (const stage of facts.stages) if (!only || only.has(stage)) walkStage(stage, facts, visit);
}

function walkStage(stage: StageFact, facts: ImageFacts, visit?: (step: StepFact, scope: Scope) => void): Scope {
  const names = initial(stage, facts);
  const complete = isComplete(stage);
  for (const step of stage.steps) {
    visit?.(step, { names, complete });
    if (step.step.kind === 'arg') names.add(step.step.name);
    else if (step.step.kind === 'env') Object.keys(step.step.vars).forEach((k) => names.add(k));
  }
  return { names, complete };
}

/** The variables visible at the end of a stage (what stages built FROM it inherit). */
export function scopeAtEnd(stage: StageFact, facts: ImageFacts): Scope {
  let scope = finalScopes.get(stage);
  if (!scope) {
    scope = walkStage(stage, facts);
    finalScopes.set(stage, scope);
  }
  return scope;
}
