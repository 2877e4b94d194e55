import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { shellQuote } from '../../packages/core/src/analysis/shell-quote-oracle.test-util.js';
import { describe, expect, test } from 'vitest';
import { scanShellWords } from '../../packages/core/src/analysis/shell-tokens.js';
import { normaliseLines } from '../../packages/core/src/analysis/shell-lines.js';
import { parseDockerfile } from '@dockerdsl/core/tooling';


// The shell scanner's own tests are beside it (packages/core/src/analysis/shell-tokens.test.ts); this one
// reads the shared Dockerfile corpora.
describe('scanShellWords on the corpora', () => {
  test('agrees with shell-quote on every RUN of the corpora and answers for most of them', () => {
    const folders = ['../seed-examples', '../corpus/dockerfiles', '../corpus/checks'].map((f) => fileURLToPath(new URL(f, import.meta.url)));
    let answered = 0;
    let total = 0;
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((f) => f.endsWith('Dockerfile'))) {
        const { image } = parseDockerfile(readFileSync(`${folder}/${file}`, 'utf8'), { file });
        for (const step of image?.stages.flatMap((s) => s.steps) ?? []) {
          if (step.kind !== 'run' || typeof step.command !== 'string') continue;
          const text = normaliseLines(step.command);
          const mine = scanShellWords(text);
          total++;
          if (mine === undefined) continue;
          answered++;
          expect(mine, text).toEqual(shellQuote(text));
        }
      }
    }
    expect(answered / total).toBeGreaterThan(0.98);
  });
});
