import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { dsl, fixture, removeImages } from './run-dsl.js';
import { runName } from '../support/run-prefix.js';

const out = mkdtempSync(join(tmpdir(), 'dsl-test-cli-int-'));

// The bake command names the bake file in this run's own output folder.
function dockerClients(): string[] {
  try {
    return execFileSync('pgrep', ['-af', basename(out)], { encoding: 'utf8' }).trim().split('\n').filter((l) => /docker/.test(l) && !/pgrep/.test(l));
  } catch {
    return [];
  }
}

describeWithEngine('Ctrl-C during dsl build', () => {
  afterAll(() => {
    removeImages(['one', 'two', 'three', 'four'].map((n) => runName(`cli-slow-${n}:e2e`)));
    rmSync(out, { recursive: true, force: true });
  });

  it('stops the running docker builds and leaves no docker process behind', async () => {
    const run = dsl(['build', '--progress', 'plain', '--concurrency', '2', '--out', out], fixture('slow'), { DSL_TEST_SALT: `int-${process.pid}-${Date.now()}`, DSL_TEST_SLEEP: '60' });
    let seen = '';
    await new Promise<void>((resolve) => {
      run.all.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if ((seen.match(/sleep 60/g) ?? []).length >= 2) resolve();
      });
    });
    expect(dockerClients().length).toBeGreaterThan(0);
    const started = Date.now();
    run.kill('SIGINT');
    const result = await run;
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain('cancelled');
    expect(dockerClients()).toEqual([]);
    expect(result.stdout).toMatch(/^three\s+\S+\s+cancelled/m);
  }, 120_000);
});
