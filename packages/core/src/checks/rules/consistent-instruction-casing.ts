import { forEachKeyword } from '../instruction-text.js';
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
    // Two passes over the keywords without slicing them: count the casings, then report the
    // keywords that differ from the majority.
    let upper = 0;
    let lower = 0;
    let mixed = 0;
    forEachKeyword(ctx.facts, (_, line, start, end) => {
      const casing = casingOf(line, start, end);
      if (casing === UPPER) upper++;
      else if (casing === LOWER) lower++;
      else mixed++;
    });
    const want = lower > upper ? LOWER : UPPER;
    // Most files use one casing throughout: then there is nothing to report and no second pass.
    if (mixed === 0 && (want === UPPER ? lower : upper) === 0) return;
    forEachKeyword(ctx.facts, (target, line, start, end) => {
      if (casingOf(line, start, end) === want) return;
      const keyword = line.slice(start, end);
      ctx.report(target, { keyword, expected: want === LOWER ? keyword.toLowerCase() : keyword.toUpperCase() });
    });
  },
});

const MIXED = 0;
const UPPER = 1;
const LOWER = 2;

/** The casing of a keyword (ASCII letters only, as `forEachKeyword` finds them). */
function casingOf(line: string, start: number, end: number): number {
  let upper = 0;
  for (let i = start; i < end; i++) if (line.charCodeAt(i) < 0x61) upper++;
  return upper === end - start ? UPPER : upper === 0 ? LOWER : MIXED;
}
