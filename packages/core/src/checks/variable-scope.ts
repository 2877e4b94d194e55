import type { ImageFacts, StageFact, StepFact } from './image-facts.js';
import { parseImageRef } from '../analysis/image-ref.js';
import { baseImageEnvironments, defaultEnvironment, predefinedArgs } from '../analysis/variables.js';

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

// Every stage starts from these; copying a ready set is cheaper than building it from arrays.
const predefined: ReadonlySet<string> = new Set<string>([...predefinedArgs, ...defaultEnvironment]);

function initial(stage: StageFact, facts: ImageFacts): Set<string> {
  // A parent stage's scope already holds the predefined names.
  if (stage.base.kind === 'stage' && stage.base.stage.index < stage.index) return new Set(scopeAtEnd(stage.base.stage, facts).names);
  const names = new Set<string>(predefined);
  if (stage.base.kind === 'image') baseEnvironment(stage.base.ref)?.forEach((n) => names.add(n));
  return names;
}

function baseEnvironment(ref: string): readonly string[] | undefined {
  const name = parseImageRef(ref).name.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  // Own keys only: an image called `constructor` has no known environment.
  return Object.hasOwn(baseImageEnvironments, name) ? baseImageEnvironments[name] : undefined;
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
  // One scope object for the walk: its set grows step by step, so a visitor reads it when called.
  const scope = { names: initial(stage, facts), complete: isComplete(stage) };
  const names = scope.names;
  for (const step of stage.steps) {
    visit?.(step, scope);
    if (step.kind === 'arg') names.add(step.step.name);
    else if (step.kind === 'env') for (const k in step.step.vars) names.add(k);
  }
  return scope;
}

const newScopeMap = (): Map<StageFact, Scope> => new Map();

/** The variables visible at the end of a stage (what stages built FROM it inherit). */
export function scopeAtEnd(stage: StageFact, facts: ImageFacts): Scope {
  // Kept with the image's facts in a plain map: a global WeakMap entry per stage cost more than the walk.
  const scopes = facts.memo('scopesAtEnd', newScopeMap);
  let scope = scopes.get(stage);
  if (!scope) {
    scope = walkStage(stage, facts);
    scopes.set(stage, scope);
  }
  return scope;
}
