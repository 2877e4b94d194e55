// `dsl build` of 4 independent images: wall time of one parallel run against the sum of
// building the same images one at a time, in the same run. Each image's RUN does some real
// work (checksums a 64 MB stream) and waits 4 s (standing in for a download), with a fresh salt
// per measurement so nothing comes from the cache. Needs a Docker engine with
// local/busybox:latest and the built packages. Target: parallel ≤ 0.6 × sequential sum.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'packages', 'cli', 'bin', 'dsl.js');
const project = join(root, 'test', 'cli', 'fixtures', 'slow');
const names = ['one', 'two', 'three', 'four'];
const out = mkdtempSync(join(tmpdir(), 'dsl-bench-build-'));

if (spawnSync('docker', ['info'], { stdio: 'ignore' }).status !== 0) {
  console.log('no Docker engine: build benchmark skipped');
  process.exit(0);
}

const build = (args, salt) => {
  const start = process.hrtime.bigint();
  const env = { ...process.env, NO_COLOR: '1', DSL_TEST_BUSYBOX: 'local/busybox:latest', DSL_TEST_SLEEP: '4', DSL_TEST_SALT: salt, DSL_TEST_WORK: '64' };
  const r = spawnSync(process.execPath, [bin, 'build', '--progress', 'plain', '--out', out, ...args], { cwd: project, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dsl build ${args.join(' ')} failed:\n${r.stderr.slice(-3000)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};

try {
  const stamp = `${process.pid}-${Date.now()}`;
  const each = names.map((name) => build([name, '--concurrency', '1'], `seq-${stamp}`));
  const sum = each.reduce((a, b) => a + b, 0);
  const parallel = build(['--concurrency', '4'], `par-${stamp}`);
  const ratio = parallel / sum;
  console.log(`dsl build, 4 independent images (${availableParallelism()} cores, ${process.version})`);
  names.forEach((n, i) => console.log(`  ${n.padEnd(6)} alone      ${(each[i] / 1000).toFixed(2)} s`));
  console.log(`  sequential sum   ${(sum / 1000).toFixed(2)} s`);
  console.log(`  parallel (-c 4)  ${(parallel / 1000).toFixed(2)} s`);
  console.log(`parallel / sequential = ${ratio.toFixed(2)} (target ≤ 0.60): ${ratio <= 0.6 ? 'PASS' : 'FAIL'}`);
} finally {
  spawnSync('docker', ['image', 'rm', '-f', ...names.map((n) => `dsl-test-cli-slow-${n}:e2e`)], { stdio: 'ignore' });
  rmSync(out, { recursive: true, force: true });
}
