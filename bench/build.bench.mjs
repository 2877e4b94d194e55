// Measurements of `dsl build`, which drives `docker buildx bake`:
// 1. No-op rebuild of 25 small images (one shared base FROM which the other 24 build, each
//    copying a source file of its own), timed against `docker buildx bake` of the same
//    generated file, alternating, 5 rounds, each side's median and the median paired ratio:
//    - `dsl build` (unchanged images skipped by input digest): target ≤ 0.2 × bake;
//    - `dsl build --no-skip` (one bake of every image, all cache hits): target ≤ 1.0 × bake.
//    Then where the no-op time goes: node start, config load + synth, the input digests, the
//    docker CLI calls (`buildx version`, `buildx inspect`, `image inspect`).
// 2. One image's source touched: `dsl build` of the whole project (it must rebuild that image
//    only) against building that image alone, `dsl build app7`, after the same kind of change,
//    alternating, 5 rounds. Target: ≤ 1.2 × (median paired ratio): skipping the 24 unchanged
//    images costs little. Also shown against a bare `docker buildx bake … app7`, which has none
//    of dsl's fixed cost (node, the config, synth, digests).
// 3. 4 independent images: wall time of one parallel run against the sum of building the same
//    images one at a time. Each image's RUN does some real work (checksums a 64 MB stream) and
//    waits 4 s (standing in for a download), with a fresh salt per measurement so nothing comes
//    from the cache. Target: parallel ≤ 0.6 × sequential sum.
// Needs a Docker engine with local/busybox:latest and the built packages. Flags: --no-op-only,
// --parallel-only, --touched-only (only measurement 2).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
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

const touchedOnly = process.argv.includes('--touched-only');
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
    `  stages: [stage('main', { from: '${prefix}-base:1' }).copy(\`src/app\${n}.txt\`, '/n.txt').run(\`cat /n.txt > /seen && echo \${n} ${stamp} > /n\`)],`,
    '}));',
    'export default defineConfig({ images: [base, ...apps] });',
  ];
  writeFileSync(join(dir, 'dsl.config.ts'), `${lines.join('\n')}\n`);
  mkdirSync(join(dir, 'out'));
  mkdirSync(join(dir, 'src'));
  for (let n = 0; n < 24; n++) writeFileSync(join(dir, 'src', `app${n}.txt`), `app ${n}\n`);
  return { dir, prefix };
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

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

/** 5 alternating rounds of two commands; prints each round, each side's median and the median paired ratio. */
function rounds(title, a, b, target, before = () => {}) {
  const out = [];
  for (let round = 0; round < 5; round++) {
    // Alternate which goes first, so neither always runs on a warmer machine.
    const runA = () => (before(), a.run());
    const runB = () => (before(), b.run());
    const x = round % 2 === 0 ? runA() : undefined;
    const y = runB();
    const xx = x ?? runA();
    out.push({ a: xx, b: y, ratio: xx / y, load: loadavg()[0] });
  }
  console.log(title);
  out.forEach((r, i) => console.log(`  round ${i + 1}: ${a.name} ${seconds(r.a)}, ${b.name} ${seconds(r.b)}, ratio ${r.ratio.toFixed(2)} (load ${r.load.toFixed(1)})`));
  const ratio = median(out.map((r) => r.ratio));
  console.log(`  median ${a.name} ${seconds(median(out.map((r) => r.a)))}, median ${b.name} ${seconds(median(out.map((r) => r.b)))}`);
  const verdict = target === undefined ? 'for information' : `target ≤ ${target.toFixed(2)}): ${ratio <= target ? 'PASS' : 'FAIL'}`;
  console.log(`${a.name} / ${b.name} = ${ratio.toFixed(2)} (median paired ratio, ${verdict}${target === undefined ? ')' : ''}`);
}

/** Where a no-op `dsl build` spends its time: each piece timed on its own, median of 3. */
function profileNoOp(dir) {
  const m = (cmd, args) => median([0, 1, 2].map(() => timed(cmd, args, dir)));
  const tags = Array.from({ length: 24 }, (_, n) => `app${n}`);
  const pieces = [
    ['node start (node -e "")', m(process.execPath, ['-e', ''])],
    ['dsl --version', m(process.execPath, [bin, '--version'])],
    ['dsl synth (config load + synth)', m(process.execPath, [bin, 'synth', '--out', 'out'])],
    ['dsl build --dry-run (+ input digests, image inspect, buildx version/inspect)', m(process.execPath, [bin, 'build', '--dry-run', '--no-skip', '--out', 'out'])],
    ['dsl build, all skipped', m(process.execPath, [bin, 'build', '--progress', 'plain', '--out', 'out'])],
    ['docker buildx version', m('docker', ['buildx', 'version'])],
    ['docker buildx inspect', m('docker', ['buildx', 'inspect'])],
    ['docker image inspect (25 tags)', m('docker', ['image', 'inspect', '--format', '{{.Id}}', ...tags.map(() => 'local/busybox:latest')])],
  ];
  console.log(`where a no-op dsl build spends its time (median of 3, load ${load()})`);
  for (const [what, ms] of pieces) console.log(`  ${what.padEnd(80)} ${seconds(ms)}`);
}

function noOpRebuild(stamp) {
  const { dir, prefix } = manyImages(stamp);
  try {
    const dslArgs = [bin, 'build', '--progress', 'plain', '--out', 'out'];
    const cold = timed(process.execPath, dslArgs, dir);
    console.log(`25 images (1 base + 24 FROM it), ${availableParallelism()} cores, ${process.version}, load ${load()}`);
    console.log(`  cold dsl build       ${seconds(cold)}`);
    if (!touchedOnly) {
      const bake = { name: 'docker buildx bake', run: () => timed('docker', ['buildx', 'bake', '-f', 'out/docker-bake.json', '--progress', 'plain'], dir) };
      rounds('no-op dsl build --no-skip vs docker buildx bake', { name: 'dsl build --no-skip', run: () => timed(process.execPath, [...dslArgs, '--no-skip'], dir) }, bake, 1.0);
      // A plain bake exports the images again without dsl's input-digest label; an untimed
      // `dsl build --no-skip` after it labels them again, so the skipping side finds them.
      const relabel = () => timed(process.execPath, [...dslArgs, '--no-skip'], dir);
      relabel();
      rounds('no-op dsl build (skipping) vs docker buildx bake', { name: 'dsl build', run: () => timed(process.execPath, dslArgs, dir) }, { name: bake.name, run: () => { const t = bake.run(); relabel(); return t; } }, 0.2);
      profileNoOp(dir);
    }
    let touch = 0;
    const change = () => writeFileSync(join(dir, 'src', 'app7.txt'), `app 7, change ${stamp}-${++touch}\n`);
    // Bake of app7 alone builds base through its target: context and exports it again: with
    // base's own label, so the next dsl build still finds base unchanged.
    const baseLabel = execFileSync('docker', ['image', 'inspect', '--format', '{{index .Config.Labels "dev.dockerdsl.input-digest"}}', `${prefix}-base:1`], { encoding: 'utf8' }).trim();
    rounds(
      'one image touched (app7): dsl build of all 25 vs docker buildx bake of app7 alone',
      { name: 'dsl build', run: () => timedBuildOfOne(dslArgs, dir) },
      { name: 'bake app7', run: () => timed('docker', ['buildx', 'bake', '-f', 'out/docker-bake.json', '--progress', 'plain', '--set', `base.labels.dev.dockerdsl.input-digest=${baseLabel}`, 'app7'], dir) },
      undefined,
      change,
    );
    // The same change against `dsl build app7`: what deciding the other 24 images are unchanged
    // (their input digests and labels) adds to dsl's own build of the touched image.
    rounds(
      'one image touched (app7): dsl build of all 25 vs dsl build app7',
      { name: 'dsl build', run: () => timedBuildOfOne(dslArgs, dir) },
      { name: 'dsl build app7', run: () => timedBuildOfOne([...dslArgs, 'app7'], dir) },
      1.2,
      change,
    );
  } finally {
    const images = execFileSync('docker', ['image', 'ls', '--format', '{{.Repository}}:{{.Tag}}', '--filter', `reference=${prefix}-*`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    if (images.length > 0) spawnSync('docker', ['image', 'rm', '-f', ...images], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Times a `dsl build --json` of the whole project and checks it built exactly one image. */
function timedBuildOfOne(dslArgs, dir) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...dslArgs, '--json'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`dsl build failed:\n${r.stderr.slice(-3000)}`);
  const built = JSON.parse(r.stdout).images.filter((i) => i.status === 'done').map((i) => i.image);
  if (built.join() !== 'app7') throw new Error(`dsl build rebuilt ${built.join(', ') || 'nothing'}, not app7 alone`);
  return ms;
}

try {
  const stamp = `${process.pid}-${Date.now()}`;
  if (!process.argv.includes('--parallel-only')) noOpRebuild(stamp);
  if (!process.argv.includes('--no-op-only') && !touchedOnly) {
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
