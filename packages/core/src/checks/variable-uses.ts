import type { PathSegment } from '../diagnostics/diagnostic.js';
import { expandedFields } from './expanded-fields.js';
import type { ImageFacts, StepFact } from './image-facts.js';
import { walkScopes } from './variable-scope.js';
import { variableRefs, type VariableRef } from './variables.js';

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
  /** The names in scope there, for suggestions. */
  names: readonly string[];
}

/**
 * Every use of a variable that is not in scope, found in one walk per image and shared by the
 * variable rules.
 *
 * @example
 * for (const use of unresolvedVariables(ctx.facts)) use.ref.name;
 */
export function unresolvedVariables(facts: ImageFacts): readonly UnresolvedVariable[] {
  return facts.memo('unresolvedVariables', () => {
    const out: UnresolvedVariable[] = [];
    walkScopes(facts, (step, scope) => {
      for (const field of expandedFields(step.step)) {
        if (!field.text.includes('$')) continue;
        for (const ref of variableRefs(field.text)) {
          if (!scope.names.has(ref.name)) out.push({ step, at: field.at, ref, complete: scope.complete, names: [...scope.names] });
        }
      }
    });
    return out;
  });
}
