import { afterAll, describe, expect, it } from 'vitest';
import { compileImage } from '@dockerdsl/core';
import { parseDockerfile } from '@dockerdsl/core/tooling';
import { importSources } from '../../packages/cli/src/codegen/index.js';
import { stepsPerChain } from '../../packages/cli/src/codegen/image-module.js';
import { comparable } from '../parse/equivalence.js';
import { evaluateModule, removeScratchDirs, scratchDir } from './load-module.js';

afterAll(removeScratchDirs);

// TypeScript's formatter recursed once per chained call: a stage of ~30,000 steps overflowed the
// stack. A long stage continues in further consts of `stepsPerChain` steps each.
describe('dsl import of a very long stage', () => {
  const steps = stepsPerChain * 2 + 7;
  const text = `FROM busybox AS base\n${Array.from({ length: steps }, (_, i) => (i % 2 ? `ENV K${i}=v${i}\n` : `RUN echo ${i}\n`)).join('')}FROM base\nCMD ["sh"]\n`;

  it('splits the chain, and the module compiles back to the same instructions', async () => {
    const { text: code, diagnostics } = importSources([{ file: 'long.Dockerfile', text }]);
    expect(diagnostics).toEqual([]);
    expect(code).toContain("const basePart1 = stage('base', { from: 'busybox' })");
    expect(code).toContain('const basePart2 = basePart1\n');
    expect(code).toContain('const base = basePart2\n');
    const [image] = await evaluateModule(scratchDir(), 'long', code);
    const compiled = compileImage(image!);
    expect(compiled.ok).toBe(true);
    const again = parseDockerfile((compiled as { dockerfile: string }).dockerfile, { file: 'long.Dockerfile' }).image;
    expect(comparable(again, { comments: false })).toEqual(comparable(parseDockerfile(text, { file: 'long.Dockerfile' }).image, { comments: false }));
  });

  it('imports 30,000 steps without overflowing the stack', { timeout: 120_000 }, () => {
    const many = `FROM busybox\n${'RUN true\n'.repeat(30_000)}`;
    const { diagnostics, text: code } = importSources([{ file: 'many.Dockerfile', text: many }]);
    expect(diagnostics).toEqual([]);
    expect(code.split('\n').filter((l) => l.includes('.run(')).length).toBe(30_000);
  });
});
