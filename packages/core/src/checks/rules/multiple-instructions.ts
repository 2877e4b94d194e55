import type { InstructionKind } from '../../instructions/index.js';
import { defineRule } from '../rule.js';

interface Data { keyword: string }

const overridable: ReadonlyArray<[InstructionKind, string]> = [['cmd', 'CMD'], ['entrypoint', 'ENTRYPOINT'], ['healthcheck', 'HEALTHCHECK']];

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
  create: (context) => ({
    stage(stage) {
      for (const [kind, keyword] of overridable) {
        // Every one but the last of its kind is overridden.
        const steps = stage.steps.filter((s) => s.kind === kind);
        for (const step of steps.slice(0, -1)) context.report(step, { keyword });
      }
    },
  }),
});

/** Reports every step of `kind` in the stage except the last, which is the one Docker keeps. */
