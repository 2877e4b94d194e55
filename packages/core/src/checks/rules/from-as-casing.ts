import { instructionLine } from '../instruction-text.js';
import { defineRule } from '../rule.js';

interface Data { from: string; as: string }

/**
 * DSL3046: `AS` written in another casing than `FROM`.
 *
 * @example
 * runRules(image, { rules: [fromAsCasing], dockerfile });
 */
export const fromAsCasing = defineRule<Data>({
  code: 'DSL3046',
  name: 'FromAsCasing',
  severity: 'warning',
  dockerfileOnly: true,
  traits: ['namedStage'],
  description: 'The `AS` keyword of a FROM line is not in the same case as `FROM`.',
  docs: {
    why: '`FROM debian:12 as builder` mixes cases within one instruction; keep `FROM … AS …` (or both lower case) so keywords stand out from image and stage names.',
    bad: 'FROM debian:12-slim as builder',
    good: 'FROM debian:12-slim AS builder',
    buildkit: 'FromAsCasing',
  },
  format: (d) => `'${d.as}' and '${d.from}' are in different cases`,
  hint: (d) => `write '${d.from === d.from.toUpperCase() ? 'AS' : 'as'}'`,
  check(ctx) {
    for (const stage of ctx.facts.stages) {
      const line = instructionLine(ctx.facts, stage.holder);
      const match = line === undefined ? null : /^\s*(\S+)\s.*\s(as)\s+\S+\s*$/i.exec(line);
      if (!match) continue;
      const [, from, as] = match as unknown as [string, string, string];
      if (from !== from.toUpperCase() && from !== from.toLowerCase()) continue; // ConsistentInstructionCasing's finding
      const fromUpper = from === from.toUpperCase();
      const asUpper = as === as.toUpperCase();
      const asLower = as === as.toLowerCase();
      if ((fromUpper && !asUpper) || (!fromUpper && !asLower)) ctx.report(stage, { from, as });
    }
  },
});
