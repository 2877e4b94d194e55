import { instructionLine } from '../instruction-text.js';
import { defineRule } from '../rule.js';

interface Data { from: string; as: string }

const fromAs = /^\s*(\S+)\s.*\s(as)\s+\S+\s*$/i;

/** Same as `word === word.toUpperCase()`, without making the upper-cased copy for ASCII words. */
function isUpperCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return word === word.toUpperCase();
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/** Same as `word === word.toLowerCase()`, without making the lower-cased copy for ASCII words. */
function isLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return word === word.toLowerCase();
    if (c >= 0x41 && c <= 0x5a) return false;
  }
  return true;
}

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
  check(ctx) {
    const stages = ctx.facts.stages;
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      const line = instructionLine(ctx.facts, stage.holder);
      const match = line === undefined ? null : fromAs.exec(line);
      if (!match) continue;
      const from = match[1]!;
      const as = match[2]!;
      const fromUpper = isUpperCase(from);
      if (!fromUpper && !isLowerCase(from)) continue; // ConsistentInstructionCasing's finding
      const asUpper = isUpperCase(as);
      const asLower = isLowerCase(as);
      if ((fromUpper && !asUpper) || (!fromUpper && !asLower)) ctx.report(stage, { from, as });
    }
  },
});
