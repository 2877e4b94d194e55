import { defineRule } from '../rule.js';

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
  kinds: ['cmd', 'entrypoint', 'healthcheck'],
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
    for (const stage of ctx.facts.stages) {
      for (const kind of ['cmd', 'entrypoint', 'healthcheck'] as const) {
        const steps = stage.steps.filter((s) => s.step.kind === kind);
        for (const step of steps.slice(0, -1)) ctx.report(step, { keyword: kind.toUpperCase() });
      }
    }
  },
});
