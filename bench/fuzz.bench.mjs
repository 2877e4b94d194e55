// Issue 13's large fuzz run: the Dockerfile property test (test/fuzz/dockerfile-fuzz.test.ts)
// with 100,000 hostile models per seed, each compiled and read back by the BuildKit reader port
// (itself checked against the real BuildKit on committed goldens). Runs it through vitest, which
// compiles the TypeScript test, and prints cases, seeds, time and disagreements (a disagreement
// fails the run with the shrunk counterexample). FUZZ_RUNS / FUZZ_SEEDS override the defaults.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.env.FUZZ_RUNS ?? 100_000);
const seeds = (process.env.FUZZ_SEEDS ?? '20261207').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'dsl-fuzz-'));
let failed = false;
console.log('| seed | cases | accepted | rejected (coded) | disagreements | time |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const seed of seeds) {
  const report = join(dir, `${seed}.json`);
  const vitest = join(root, 'node_modules/vitest/vitest.mjs');
  const result = spawnSync(process.execPath, [vitest, 'run', 'test/fuzz/dockerfile-fuzz.test.ts', '--typecheck.enabled=false'], {
    cwd: root,
    env: { ...process.env, DSL_FUZZ_RUNS: String(runs), DSL_FUZZ_SEED: String(seed), DSL_FUZZ_REPORT: report },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    failed = true;
    console.log(`| ${seed} | ${runs} | – | – | ≥ 1 | – |`);
    process.stderr.write(result.stdout.slice(-6000) + result.stderr.slice(-2000));
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`| ${seed} | ${r.runs.toLocaleString('en')} | ${r.accepted.toLocaleString('en')} | ${r.rejected.toLocaleString('en')} | 0 | ${r.seconds.toFixed(0)} s |`);
}
rmSync(dir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
