import type { PathSegment } from '../diagnostics/diagnostic.js';
import { expandedFields, expandedKinds } from '../analysis/expanded-fields.js';
import type { ImageFacts, StageFact, StepFact } from './image-facts.js';
import { walkScopes } from './variable-scope.js';
import { didYouMean, editDistance } from '../diagnostics/did-you-mean.js';
import { variableRefs, type VariableRef } from '../analysis/variables.js';

/** On an unknown base only a name one edit away counts; on a known base any close name does. */
function suggest(name: string, scope: { names: ReadonlySet<string>; complete: boolean }): string | undefined {
  const candidates: string[] = [];
  for (const n of scope.names) if (scope.complete || Math.abs(n.length - name.length) <= 1) candidates.push(n);
  const guess = didYouMean(name, candidates);
  return guess !== undefined && (scope.complete || editDistance(name, guess) <= 1) ? guess : undefined;
}

/**
 * A variable used in a builder-expanded value where no ARG or ENV in scope defines it.
 *
 * @example
 * unresolvedVariables(facts).map((u) => u.ref.name); // ['APP_HOEM']
 */
export interface UnresolvedVariable {
  step: StepFact;
  at: PathSegment[];
  ref: VariableRef;
  /** The base image's environment is known, so the name is surely undefined. */
  complete: boolean;
  /** The closest name in scope, when one is a likely typo (one edit away, or close on a known base). */
  guess?: string;
}

/**
 * Every use of a variable that is not in scope, found in one walk per image and shared by the
 * variable rules.
 *
 * @example
 * for (const use of unresolvedVariables(ctx.facts)) use.ref.name;
 */
export function unresolvedVariables(facts: ImageFacts): readonly UnresolvedVariable[] {
  return facts.memo('unresolvedVariables', findUnresolved);
}

function findUnresolved(facts: ImageFacts): UnresolvedVariable[] {
  const out: UnresolvedVariable[] = [];
  // Most steps never refer to a variable where the builder expands it (a `$` may be literal,
  // as in `$5` or `\$HOME`): find the few that do, and build scopes only for their stages.
  let uses: Map<StepFact, Array<{ at: PathSegment[]; refs: VariableRef[] }>> | undefined;
  let stages: Set<StageFact> | undefined;
  // By kind, so RUN, CMD and the other shell-expanded steps are never visited (the walk below
  // goes in file order; this map only says which steps to look at).
  for (const kind of expandedKinds) {
    const steps = facts.steps(kind);
    for (let s = 0; s < steps.length; s++) {
      const step = steps[s]!;
      const fields = expandedFields(step.step);
      for (let f = 0; f < fields.length; f++) {
        const field = fields[f]!;
        const refs = variableRefs(field.text);
        if (refs.length === 0) continue;
        const list = (uses ??= new Map()).get(step);
        if (list) list.push({ at: field.at, refs });
        else uses.set(step, [{ at: field.at, refs }]);
        (stages ??= new Set()).add(step.stage);
      }
    }
  }
  if (!uses) return out;
  const found = uses;
  walkScopes(facts, (step, scope) => {
    const fields = found.get(step);
    if (!fields) return;
    for (const field of fields) {
      for (const ref of field.refs) {
        if (scope.names.has(ref.name)) continue;
        const use: UnresolvedVariable = { step, at: field.at, ref, complete: scope.complete };
        const guess = suggest(ref.name, scope);
        if (guess !== undefined) use.guess = guess;
        out.push(use);
      }
    }
  }, stages);
  return out;
}
