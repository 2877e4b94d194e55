import { forEachKeyword, type KeywordSpan } from '../instruction-text.js';
import { defineRule } from '../rule.js';

interface Data { keyword: string; expected: string }

type KeywordTarget = KeywordSpan['target'];

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
  create: (context) => ({
    image(facts) {
      const keywords: Array<{ target: KeywordTarget; keyword: string; casing: Casing }> = [];
      forEachKeyword(facts, (target, line, start, end) => {
        const keyword = line.slice(start, end);
        keywords.push({ target, keyword, casing: casingOf(keyword) });
      });
      const upper = keywords.filter((k) => k.casing === 'upper').length;
      const lower = keywords.filter((k) => k.casing === 'lower').length;
      const want: Casing = lower > upper ? 'lower' : 'upper';
      for (const { target, keyword, casing } of keywords) {
        if (casing !== want) context.report(target, { keyword, expected: want === 'lower' ? keyword.toLowerCase() : keyword.toUpperCase() });
      }
    },
  }),
});

type Casing = 'upper' | 'lower' | 'mixed';

/** The casing of a keyword (ASCII letters only, as `forEachKeyword` finds them). */
function casingOf(keyword: string): Casing {
  if (keyword === keyword.toUpperCase()) return 'upper';
  return keyword === keyword.toLowerCase() ? 'lower' : 'mixed';
}
