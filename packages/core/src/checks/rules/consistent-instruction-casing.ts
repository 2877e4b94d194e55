import { writtenKeywords } from '../instruction-text.js';
import { defineRule } from '../rule.js';

interface Data { keyword: string; expected: string }

/**
 * DSL3045: instruction keywords in mixed case or against the file's majority casing.
 *
 * @example
 * runRules(image, { rules: [consistentInstructionCasing], dockerfile });
 */
export const consistentInstructionCasing = defineRule<Data>({
  code: 'DSL3045',
  name: 'ConsistentInstructionCasing',
  severity: 'warning',
  dockerfileOnly: true,
  description: 'An instruction keyword in mixed case (`Run`), or in a casing that differs from the rest of the file.',
  docs: {
    why: 'Keywords are case-insensitive, but a file that mixes `RUN` and `run` is harder to scan and grep. Upper case is the convention; the rule follows the file\'s majority.',
    bad: 'FROM alpine:3.20\nRun echo hello',
    good: 'FROM alpine:3.20\nRUN echo hello',
    buildkit: 'ConsistentInstructionCasing',
  },
  format: (d) => `instruction '${d.keyword}' should be written '${d.expected}' like the rest of the file`,
  hint: (d) => `write ${d.expected}`,
  check(ctx) {
    const keywords = writtenKeywords(ctx.facts);
    const upper = keywords.filter((k) => k.keyword === k.keyword.toUpperCase()).length;
    const lower = keywords.filter((k) => k.keyword === k.keyword.toLowerCase()).length;
    const wantLower = lower > upper;
    for (const { keyword, target } of keywords) {
      const expected = wantLower ? keyword.toLowerCase() : keyword.toUpperCase();
      if (keyword !== expected) ctx.report(target, { keyword, expected });
    }
  },
});
