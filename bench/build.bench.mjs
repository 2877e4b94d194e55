// Two measurements of `dsl build`, which drives `docker buildx bake`:
// 1. No-op rebuild of 25 small images (one shared base FROM which the other 24 build), timed
//    against `docker buildx bake` of the same generated file, alternating, 5 rounds.
//    Target: no-op `dsl build` ≤ 1.0 × bake (median of the rounds' paired ratios).
// 2. 4 independent images: wall time of one parallel run against the sum of building the same
//    images one at a time. Each image's RUN does some real work (checksums a 64 MB stream) and
//    waits 4 s (standing in for a download), with a fresh salt per measurement so nothing comes
//    from the cache. Target: parallel ≤ 0.6 × sequential sum.
// Needs a Docker engine with local/busybox:latest and the built packages.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The 25-image project, in a folder of its own; every tag and cached RUN carries `stamp`. */
function manyImages(stamp) {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-bench-many-'));
  const prefix = `dsl-bench-many-${stamp}`;
  const lines = [
    "import { defineConfig, image, stage } from '@dockerdsl/core';",
    `const base = image('base', { tags: ['${prefix}-base:1'], stages: [stage('main', { from: 'local/busybox:latest' }).run('echo ${stamp} > /base')] });`,
    'const apps = Array.from({ length: 24 }, (_, n) => image(`app${n}`, {',
    `  tags: [\`${prefix}-app\${n}:1\`],`,
    `  stages: [stage('main', { from: '${prefix}-base:1' }).run(\`echo \${n} ${stamp} > /n\`)],`,
    '}));',
    'export default defineConfig({ images: [base, ...apps] });',
  ];
  writeFileSync(join(dir, 'dsl.config.ts'), `${lines.join('\n')}\n`);
  mkdirSync(join(dir, 'out'));
  return { dir, prefix };
}

// A loaded shared engine sometimes fails a solve with DeadlineExceeded; such a run measures
// nothing, so it is retried once (and reported).
function timed(cmd, args, cwd, env = {}, retry = true) {
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && retry) {
    console.log(`  (retrying a failed run of ${args[0] === bin ? 'dsl build' : `${cmd} ${args.slice(0, 2).join(' ')}`}:\n${(r.stderr ?? '').trim().split('\n').slice(-12).map((l) => `    ${l}`).join('\n')})`);
    return timed(cmd, args, cwd, env, false);
  }
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${(r.stderr ?? '').slice(-3000)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function noOpRebuild(stamp) {
  const { dir, prefix } = manyImages(stamp);
  try {
    const dslArgs = [bin, 'build', '--progress', 'plain', '--out', 'out'];
    const cold = timed(process.execPath, dslArgs, dir);
    const rounds = [];
    for (let round = 0; round < 5; round++) {
      // Alternate which goes first, so neither always runs on a warmer machine.
      const first = round % 2 === 0;
      const a = first ? timed(process.execPath, dslArgs, dir) : undefined;
      const bake = timed('docker', ['buildx', 'bake', '-f', 'out/docker-bake.json', '--progress', 'plain'], dir);
      const dsl = a ?? timed(process.execPath, dslArgs, dir);
      rounds.push({ dsl, bake, ratio: dsl / bake });
    }
    console.log(`no-op rebuild of 25 images (1 base + 24 FROM it), ${availableParallelism()} cores, ${process.version}`);
    console.log(`  cold dsl build       ${(cold / 1000).toFixed(2)} s`);
    rounds.forEach((r, i) => console.log(`  round ${i + 1}: dsl build ${(r.dsl / 1000).toFixed(2)} s, docker buildx bake ${(r.bake / 1000).toFixed(2)} s, ratio ${r.ratio.toFixed(2)}`));
    const ratio = median(rounds.map((r) => r.ratio));
    console.log(`  median dsl ${(median(rounds.map((r) => r.dsl)) / 1000).toFixed(2)} s, median bake ${(median(rounds.map((r) => r.bake)) / 1000).toFixed(2)} s`);
    console.log(`no-op dsl build / bake = ${ratio.toFixed(2)} (median paired ratio, target ≤ 1.00): ${ratio <= 1 ? 'PASS' : 'FAIL'}`);
  } finally {
    const images = execFileSync('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', '--filter', `reference=${prefix}-*`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    if (images.length > 0) spawnSync('docker', ['image', 'rm', '-f', ...images], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  const stamp = `${process.pid}-${Date.now()}`;
  if (!process.argv.includes('--parallel-only')) noOpRebuild(stamp);
  if (!process.argv.includes('--no-op-only')) {
    const each = names.map((name) => build([name, '--concurrency', '1'], `seq-${stamp}`));
    const sum = each.reduce((a, b) => a + b, 0);
    const parallel = build(['--concurrency', '4'], `par-${stamp}`);
    const ratio = parallel / sum;
    console.log(`dsl build, 4 independent images (${availableParallelism()} cores, ${process.version})`);
    names.forEach((n, i) => console.log(`  ${n.padEnd(6)} alone      ${(each[i] / 1000).toFixed(2)} s`));
    console.log(`  sequential sum   ${(sum / 1000).toFixed(2)} s`);
    console.log(`  parallel (-c 4)  ${(parallel / 1000).toFixed(2)} s`);
    console.log(`parallel / sequential = ${ratio.toFixed(2)} (target ≤ 0.60): ${ratio <= 0.6 ? 'PASS' : 'FAIL'}`);
  }
} finally {
  spawnSync('docker', ['image', 'rm', '-f', ...names.map((n) => `dsl-test-cli-slow-${n}:e2e`)], { stdio: 'ignore' });
  rmSync(out, { recursive: true, force: true });
}
