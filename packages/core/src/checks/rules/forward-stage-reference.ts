import type { CopySource } from '../../model/references.js';
import type { ImageFacts, StageFact } from '../image-facts.js';
import { defineRule } from '../rule.js';
import { unbuiltName, unbuiltNote } from '../unbuilt-stage.js';

interface Data { via: string; name: string; unbuilt?: string }

/** True when `from` names a stage defined after `stage`. */
function isForward(facts: ImageFacts, stage: StageFact, from: CopySource | undefined): from is string {
  if (typeof from !== 'string') return false;
  const target = facts.stageNamed(from);
  return target !== undefined && target.index > stage.index;
}

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
  dockerfileOnly: true,
  description: 'A `COPY --from`, mount `from=` or FROM names a stage that is defined later in the Dockerfile (a warning in a stage the default target does not build).',
  docs: {
    why: 'BuildKit resolves a stage name only against the stages above it. `COPY --from=later` fails with "needs to be defined before current stage", and `FROM later` silently becomes a registry pull. Definitions cannot make this mistake: the compiler orders stages itself.',
    bad: 'FROM alpine:3.20 AS app\nCOPY --from=assets /out /srv\n\nFROM alpine:3.20 AS assets\nRUN mkdir /out\n\nFROM app',
    good: 'FROM alpine:3.20 AS assets\nRUN mkdir /out\n\nFROM alpine:3.20 AS app\nCOPY --from=assets /out /srv',
  },
  format: (d) => `${d.via} refers to stage '${d.name}', which is defined later in the file${unbuiltNote(d.unbuilt)}`,
  hint: 'move the stage above the one that uses it',
  create(context) {
    const facts = context.facts;
    return {
      stage(stage) {
        if (isForward(facts, stage, stage.stage.from)) context.report(stage, { via: 'FROM', name: stage.stage.from, ...unbuiltName(stage) }, { at: ['from'], unbuilt: !stage.reachable });
      },
      copy(copy) {
        if (isForward(facts, copy.stage, copy.step.from)) context.report(copy, { via: 'COPY --from', name: copy.step.from, ...unbuiltName(copy.stage) }, { at: ['from'], unbuilt: !copy.stage.reachable });
      },
      run(run) {
        run.step.mounts?.forEach((mount, m) => {
          if ('from' in mount && isForward(facts, run.stage, mount.from)) context.report(run, { via: 'RUN --mount from', name: mount.from, ...unbuiltName(run.stage) }, { at: ['mounts', m, 'from'], unbuilt: !run.stage.reachable });
        });
      },
    };
  },
});
