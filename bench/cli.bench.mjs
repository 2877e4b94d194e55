// Cold `dsl synth` on the example project against cold `node -e 0`, side by side in one run:
// ten rounds, each starting every variant once as a fresh process (interleaved, so load on the
// machine hits all of them alike), medians compared. Variants show what the loader and the
// bundle cost: the shipped `dsl` (bundle + jiti with its file cache), jiti without its cache,
// the unbundled dist, and the same config as plain .mjs (no loader at all: the floor).
// Needs the built packages (`npm run build`). Target: dsl ≤ 2 × node.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'basic');
const bin = join(root, 'packages', 'cli', 'bin', 'dsl.js');
const out = mkdtempSync(join(tmpdir(), 'dsl-bench-cli-'));

// The example as plain ESM: the same files with .mjs names (they hold no type syntax).
const plain = mkdtempSync(join(example, '.bench-mjs-'));
for (const dir of ['', 'images']) {
  for (const f of readdirSync(join(example, dir)).filter((n) => n.endsWith('.ts'))) {
    const text = readFileSync(join(example, dir, f), 'utf8').replace(/from '(\.[^']+)\.js'/g, "from '$1.mjs'");
    writeFileSync(join(plain, dir, f.replace(/\.ts$/, '.mjs')), text, { flag: 'w' });
  }
  if (dir === '') cpSync(join(example, 'images'), join(plain, 'images'), { recursive: true, filter: (s) => !s.endsWith('.ts') });
}

const variants = {
  'node -e 0': { args: ['-e', '0'], cwd: example },
  'dsl synth (shipped: bundle + jiti cache)': { args: [bin, 'synth', '--out', out], cwd: example },
  'dsl synth, jiti without file cache': { args: [bin, 'synth', '--out', out], cwd: example, env: { JITI_FS_CACHE: 'false' } },
  'dsl synth, unbundled dist': { args: ['--input-type=module', '-e', `const m = await import(${JSON.stringify(join(root, 'packages/cli/dist/cli.js'))}); process.exitCode = await m.main(['synth', '--out', ${JSON.stringify(out)}]);`], cwd: example },
  'dsl synth, plain .mjs config (no loader)': { args: [bin, 'synth', '--out', out, '--config', 'dsl.config.mjs'], cwd: plain },
};

const run = (v) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, v.args, { cwd: v.cwd, env: { ...process.env, ...v.env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${v.args.join(' ')} failed: ${r.stderr}`);
  return ms;
};

const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
try {
  for (const v of Object.values(variants)) run(v); // warm the OS file cache and jiti's cache
  for (let round = 0; round < 10; round++) for (const [k, v] of Object.entries(variants)) times[k].push(run(v));
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(plain, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const floor = median(times['node -e 0']);
console.log(`cold start, median of 10 (ms), ${process.version}`);
for (const [k, xs] of Object.entries(times)) console.log(`  ${k.padEnd(44)} ${median(xs).toFixed(1).padStart(7)}  ${(median(xs) / floor).toFixed(2)}×`);
const ratio = median(times['dsl synth (shipped: bundle + jiti cache)']) / floor;
console.log(`dsl synth / node -e 0 = ${ratio.toFixed(2)} (target ≤ 2.00): ${ratio <= 2 ? 'PASS' : 'FAIL'}`);
