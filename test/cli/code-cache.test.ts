import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CodeCacheReport } from '../../packages/cli/src/code-cache/bundle-loader.js';
import { dsl, repoRoot } from './run-dsl.js';

const example = join(repoRoot, 'examples', 'basic');
const scratch = mkdtempSync(join(tmpdir(), 'dsl-test-cli-code-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `dsl synth --stdout` on the example with its code cache in `cache`, and reads the loader's report. */
async function synth(cache: string): Promise<{ stdout: string; report: CodeCacheReport }> {
  const run = await dsl(['synth', '--stdout'], example, { DSL_CODE_CACHE: cache, DSL_DEBUG: '1' });
  expect(run.exitCode, run.stderr.slice(-2000)).toBe(0);
  const line = /^dsl code cache: (.*)$/m.exec(run.stderr);
  expect(line, run.stderr.slice(-2000)).not.toBeNull();
  return { stdout: run.stdout, report: JSON.parse(line![1]!) as CodeCacheReport };
}

describe('the bundle’s V8 code cache (bin/dsl.js)', () => {
  it('is written by the first start and used by the next, with the same output', async () => {
    const cache = join(scratch, 'cache');
    const first = await synth(cache);
    expect(first.report.used).toEqual([]);
    expect(first.report.written).toEqual(first.report.compiled);
    expect(first.report.written).toContain('cli.cjs');
    expect(readdirSync(cache).sort()).toEqual(first.report.written.map((c) => `${c}.v8`).sort());
    const second = await synth(cache);
    expect(second.report).toEqual({ used: first.report.compiled, compiled: [], rejected: [], written: [] });
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);

  it('never stops a run when the cache folder cannot be written', async () => {
    const blocker = join(scratch, 'file');
    writeFileSync(blocker, '');
    const run = await synth(join(blocker, 'cache'));
    expect(run.report.written).toEqual([]);
    expect(run.stdout).toContain('FROM ');
  }, 60_000);

  it('is off with DSL_CODE_CACHE=0', async () => {
    const run = await synth('0');
    expect(run.report.used).toEqual([]);
    expect(run.report.written).toEqual([]);
  }, 60_000);
});
