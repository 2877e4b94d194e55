import type { InstructionKind } from '../../instructions/index.js';
import type { StageFact, StepFact } from '../image-facts.js';
import { defineRule, type RuleContext } from '../rule.js';

interface Data { keyword: string }

/**
 * DSL3003: more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage; the earlier ones are reported.
 *
 * @example
 * runRules(image, { rules: [multipleInstructions] });
 */
export const multipleInstructions = defineRule<Data>({
  code: 'DSL3003',
  name: 'MultipleInstructionsDisallowed',
  severity: 'warning',
  description: 'A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; only the last takes effect.',
  docs: {
    why: 'Docker keeps only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage. The earlier ones are dead lines that readers take for real, often a leftover after an edit.',
    bad: 'FROM alpine:3.20\nCMD ["echo", "one"]\nCMD ["echo", "two"]',
    good: 'FROM alpine:3.20\nCMD ["echo", "two"]',
    buildkit: 'MultipleInstructionsDisallowed',
    hadolint: ['DL4003', 'DL4004', 'DL3012'],
  },
  format: (d) => `this ${d.keyword} is overridden by a later ${d.keyword} in the same stage`,
  hint: 'remove the earlier instruction',
  check(ctx) {
    // Nothing to report unless some kind appears twice somewhere.
    if (ctx.facts.steps('cmd').length < 2 && ctx.facts.steps('entrypoint').length < 2 && ctx.facts.steps('healthcheck').length < 2) return;
    const stages = ctx.facts.stages;
    for (let i = 0; i < stages.length; i++) {
      reportAllButLast(ctx, stages[i]!, 'cmd', 'CMD');
      reportAllButLast(ctx, stages[i]!, 'entrypoint', 'ENTRYPOINT');
      reportAllButLast(ctx, stages[i]!, 'healthcheck', 'HEALTHCHECK');
    }
  },
});

/** Reports every step of `kind` in the stage except the last, which is the one Docker keeps. */
function reportAllButLast(ctx: RuleContext<Data>, stage: StageFact, kind: InstructionKind, keyword: string): void {
  let previous: StepFact | undefined;
  const steps = stage.steps;
  for (let i = 0; i < steps.length; i++) {
    if (steps[i]!.kind !== kind) continue;
    if (previous) ctx.report(previous, { keyword });
    previous = steps[i];
  }
}
