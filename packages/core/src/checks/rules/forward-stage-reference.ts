import type { PathSegment } from '../../diagnostics/diagnostic.js';
import type { CopySource } from '../../model/references.js';
import type { StepFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

interface Data { via: string; name: string }

/**
 * DSL2008: a Dockerfile that refers to a stage defined further down.
 *
 * @example
 * runRules(image, { rules: [forwardStageReference], dockerfile });
 */
export const forwardStageReference = defineRule<Data>({
  code: 'DSL2008',
  name: 'ForwardStageReference',
  severity: 'error',
  traits: ['namedStage'],
  dockerfileOnly: true,
  description: 'A `COPY --from`, mount `from=` or FROM names a stage that is defined later in the Dockerfile (in a stage the target needs).',
  docs: {
    why: 'BuildKit resolves a stage name only against the stages above it. `COPY --from=later` fails with "needs to be defined before current stage", and `FROM later` silently becomes a registry pull. Definitions cannot make this mistake: the compiler orders stages itself.',
    bad: 'FROM alpine:3.20 AS app\nCOPY --from=assets /out /srv\n\nFROM alpine:3.20 AS assets\nRUN mkdir /out\n\nFROM app',
    good: 'FROM alpine:3.20 AS assets\nRUN mkdir /out\n\nFROM alpine:3.20 AS app\nCOPY --from=assets /out /srv',
  },
  format: (d) => `${d.via} refers to stage '${d.name}', which is defined later in the file`,
  hint: 'move the stage above the one that uses it',
  check(ctx) {
    for (const stage of ctx.facts.stages) {
      if (stage.reachable && typeof stage.stage.from === 'string') {
        const target = ctx.facts.stageNamed(stage.stage.from);
        if (target && target.index > stage.index) ctx.report(stage, { via: 'FROM', name: stage.stage.from }, { at: ['from'] });
      }
    }
    const check = (fact: Pick<StepFact, 'stage' | 'path' | 'holder'>, from: CopySource | undefined, at: PathSegment[], via: string): void => {
      // BuildKit builds only the stages the target needs: a bad reference elsewhere never fails.
      if (!fact.stage.reachable || typeof from !== 'string') return;
      const target = ctx.facts.stageNamed(from);
      if (target && target.index > fact.stage.index) ctx.report(fact, { via, name: from }, { at });
    };
    for (const copy of ctx.facts.steps('copy')) check(copy, copy.step.from, ['from'], 'COPY --from');
    for (const run of ctx.facts.steps('run')) run.step.mounts?.forEach((m, i) => check(run, 'from' in m ? m.from : undefined, ['mounts', i, 'from'], 'RUN --mount from'));
  },
});
