import type { Instruction } from '../../instructions/index.js';
import type { StepFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

interface Data { count: number }

function sameFlags(a: Instruction, b: Instruction): boolean {
  if (a.kind !== 'run' || b.kind !== 'run') return false;
  if (a.network !== b.network || a.security !== b.security) return false;
  const count = a.mounts?.length ?? 0;
  if (count !== (b.mounts?.length ?? 0)) return false;
  if (count === 0) return true;
  return JSON.stringify(a.mounts) === JSON.stringify(b.mounts);
}

/**
 * DSL3035: consecutive RUN instructions with the same flags that could be one layer.
 *
 * @example
 * runRules(image, { rules: [consecutiveRun] });
 */
export const consecutiveRun = defineRule<Data>({
  code: 'DSL3035',
  name: 'ConsecutiveRun',
  severity: 'info',
  description: 'Three or more RUN instructions in a row with the same mounts and flags, each adding a layer.',
  docs: {
    why: 'Every RUN adds a layer and a cache entry. A run of short RUNs makes the image larger (files deleted later still ship in earlier layers) and slower to pull. Join related commands with `&&`, or use a heredoc script.',
    bad: 'FROM alpine:3.20\nRUN mkdir -p /srv/app\nRUN chown nobody /srv/app\nRUN chmod 750 /srv/app',
    good: 'FROM alpine:3.20\nRUN mkdir -p /srv/app && chown nobody /srv/app && chmod 750 /srv/app',
    hadolint: ['DL3059'],
  },
  format: (d) => `${d.count} RUN instructions in a row could be one`,
  hint: 'join them with && or use a RUN <<EOF script',
  create: (context) => ({
    stage(stage) {
      // A streak is its first step, its last RUN and its length.
      let first: StepFact | undefined;
      let previous: Instruction | undefined;
      let count = 0;
      for (const step of stage.steps) {
        if (step.kind === 'comment') continue;
        if (count > 0 && (step.kind !== 'run' || !sameFlags(previous!, step.step))) {
          if (count >= 3) context.report(first!, { count });
          count = 0;
        }
        if (step.kind !== 'run') continue;
        if (count === 0) first = step;
        previous = step.step;
        count++;
      }
      if (count >= 3) context.report(first!, { count });
    },
  }),
});
