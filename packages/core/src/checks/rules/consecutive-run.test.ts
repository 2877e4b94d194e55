import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type Instruction } from '../../index.js';
import { checkDockerfile, parseDockerfile, sourceOf } from '../../tooling.js';
import { consecutiveRun } from './consecutive-run.js';
import { ruleCases } from './rule-cases.test-util.js';

ruleCases(consecutiveRun, {
  fires: [
    "FROM alpine:3.20\nRUN a\nRUN b\nRUN c",
    "FROM alpine:3.20\nRUN a\n# note\nRUN b\nRUN c\nRUN d",
  ],
  passes: [
    "FROM alpine:3.20\nRUN a\nRUN b",
    "FROM alpine:3.20\nRUN a\nRUN --network=none b\nRUN c",
    "FROM alpine:3.20\nRUN a\nCOPY x /x\nRUN b\nRUN c",
  ],
  message: /^3 RUN|^4 RUN/,
});

describe('ConsecutiveRun without lists or closures', () => {
  // The streak finder as first written (a list per streak, flushed by a closure); the counting
  // version must report the same steps with the same counts.
  function reference(text: string): string[] {
    const out: string[] = [];
    const same = (a: Instruction, b: Instruction): boolean =>
      a.kind === 'run' && b.kind === 'run' && a.network === b.network && a.security === b.security && JSON.stringify(a.mounts ?? []) === JSON.stringify(b.mounts ?? []);
    for (const stage of parseDockerfile(text).image?.stages ?? []) {
      let streak: Instruction[] = [];
      const flush = (): void => {
        if (streak.length >= 3) out.push(`${sourceOf(streak[0])?.line}: ${streak.length}`);
        streak = [];
      };
      for (const step of stage.steps) {
        if (step.kind === 'comment') continue;
        if (step.kind !== 'run') {
          flush();
          continue;
        }
        const prev = streak[streak.length - 1];
        if (prev && !same(prev, step)) flush();
        streak.push(step);
      }
      flush();
    }
    return out;
  }
  const line = fc.constantFrom('RUN a', 'RUN --network=none b', 'RUN --mount=type=cache,target=/c c', 'COPY x /x', '# note', 'FROM alpine:3.20');

  test('reports what the list-based version reports', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (body) => {
        const text = ['FROM alpine:3.20', ...body].join('\n');
        const found = checkDockerfile(text, { rules: [consecutiveRun] }).diagnostics.filter((d) => d.code === consecutiveRun.code);
        expect(found.map((d) => `${d.source?.line}: ${/^\d+/.exec(d.message)?.[0]}`)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });
});
