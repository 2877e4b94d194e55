import { defineRule } from '../rule.js';

interface Data { name: string }

/**
 * DSL2015: a stage the final stage never uses.
 *
 * @example
 * runRules(image, { rules: [unusedStage] });
 */
export const unusedStage = defineRule<Data>({
  code: 'DSL2015',
  name: 'UnusedStage',
  severity: 'info',
  description: 'A stage that the target stage does not use, directly or through other stages; BuildKit skips it.',
  docs: {
    why: 'BuildKit builds only the stages the target needs. An unused stage is dead code: its tests or checks never run, which is rarely what was meant. Build it as its own target or remove it.',
    bad: 'FROM alpine:3.20 AS lint\nRUN echo lint\n\nFROM alpine:3.20 AS app\nCMD ["true"]',
    good: 'FROM alpine:3.20 AS lint\nRUN echo lint > /lint.ok\n\nFROM alpine:3.20 AS app\nCOPY --from=lint /lint.ok /lint.ok\nCMD ["true"]',
  },
  format: (d) => `stage '${d.name}' is not used by the target stage, so a default build skips it`,
  hint: 'build it with --target, use it from the target stage, or remove it',
  create: (context) => ({
    stage(stage) {
      if (!stage.reachable) context.report(stage, { name: stage.stage.name ?? String(stage.index) });
    },
  }),
});
