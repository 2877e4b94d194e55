import { checkDockerfile } from '@dockerdsl/core/tooling';
import { expect, test } from 'vitest';

// Variable expansion in checks was quadratic: 20,000 chained references in one ENV took minutes
// (each lookup walked the ENV's keys), nested `${V:-${V:-…}}` rescanned the rest of the text per
// level. Each shape here is far over 2 s when either comes back.

/**
 * CPU seconds `checkDockerfile` takes on `text`: CPU time, not wall time, so a loaded host (the
 * suite shares its cores) does not fail the bound. The best of two runs.
 */
function seconds(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const start = process.cpuUsage();
    checkDockerfile(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return best;
}

const n = 20_000;
const shapes: Record<string, string> = {
  'chained keys in one ENV': `FROM busybox\nENV V0=x ${Array.from({ length: n }, (_, i) => `V${i + 1}=$V${i}`).join(' ')}\n`,
  'one value with many references': `FROM busybox\nENV V=x\nENV W=${'$V'.repeat(n)}\n`,
  'nested defaults': `FROM busybox\nENV W=${'${V:-'.repeat(n)}x${'}'.repeat(n)}\n`,
  'many ENV lines': `FROM busybox\n${Array.from({ length: n }, (_, i) => `ENV V${i + 1}=$V${i}`).join('\n')}\n`,
  'RUN with many references': `FROM busybox\nENV V=x\nRUN echo ${'$V '.repeat(n)}\n`,
};

test.each(Object.keys(shapes))('checks %s in linear time', (shape) => {
  expect(seconds(shapes[shape]!)).toBeLessThan(2);
}, 120_000);
