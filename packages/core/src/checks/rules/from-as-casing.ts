import { instructionLine } from '../instruction-text.js';
import { defineRule } from '../rule.js';

interface Data { from: string; as: string }

const fromAs = /^\s*(\S+)\s.*\s(as)\s+\S+\s*$/i;

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
  description: 'The `AS` keyword of a FROM line is not in the same case as `FROM`.',
  docs: {
    why: '`FROM debian:12 as builder` mixes cases within one instruction; keep `FROM … AS …` (or both lower case) so keywords stand out from image and stage names.',
    bad: 'FROM debian:12-slim as builder',
    good: 'FROM debian:12-slim AS builder',
    buildkit: 'FromAsCasing',
  },
  format: (d) => `'${d.as}' and '${d.from}' are in different cases`,
  hint: (d) => `write '${d.from === d.from.toUpperCase() ? 'AS' : 'as'}'`,
  create: (context) => ({
    stage(stage) {
      const line = instructionLine(context.facts, stage.holder);
      const match = line === undefined ? null : fromAs.exec(line);
      if (!match) return;
      const from = match[1]!;
      const as = match[2]!;
      const fromUpper = from === from.toUpperCase();
      if (!fromUpper && from !== from.toLowerCase()) return; // ConsistentInstructionCasing's finding
      if (fromUpper ? as !== as.toUpperCase() : as !== as.toLowerCase()) context.report(stage, { from, as });
    },
  }),
});
