// Cold `dsl synth` on the example project against cold `node -e 0`, side by side in one run:
// ten rounds, each starting every variant once as a fresh process (interleaved, so load on the
// machine hits all of them alike), medians of wall time and of CPU time (user + sys, from
// /usr/bin/time where it exists: steadier than wall time on a busy machine) compared.
// Variants: the shipped `dsl` (its TypeScript config through Node's loader, transpiled by
// oxc-transform, on Node ≥ 22.18; through jiti on Node 20), and the same config as plain
// .mjs imported natively; with DSL_BENCH_BEFORE=<another checkout, built> also that tree's
// `dsl` on the same config, interleaved (before/after in one run). Needs the built packages
// (`npm run build`). Target: dsl ≤ 2.5 × node.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'basic');
const bin = join(root, 'packages', 'cli', 'bin', 'dsl.js');
// Each variant writes to its own folder: dsl refuses to overwrite files another config wrote.
const out = mkdtempSync(join(tmpdir(), 'dsl-bench-cli-'));
const outPlain = mkdtempSync(join(tmpdir(), 'dsl-bench-cli-mjs-'));
const outBefore = mkdtempSync(join(tmpdir(), 'dsl-bench-cli-before-'));
const before = process.env.DSL_BENCH_BEFORE;

// The example as plain ESM: the same files with .mjs names (they hold no type syntax).
const plain = mkdtempSync(join(example, '.bench-mjs-'));
for (const dir of ['', 'images']) {
  for (const f of readdirSync(join(example, dir)).filter((n) => n.endsWith('.ts'))) {
    // Relative imports to the .mjs copies.
    const text = readFileSync(join(example, dir, f), 'utf8').replace(/from '(\.[^']+)\.js'/g, "from '$1.mjs'");
    writeFileSync(join(plain, dir, f.replace(/\.ts$/, '.mjs')), text, { flag: 'w' });
  }
  if (dir === '') cpSync(join(example, 'images'), join(plain, 'images'), { recursive: true, filter: (s) => !s.endsWith('.ts') });
}

const variants = {
  'node -e 0': { args: ['-e', '0'], cwd: example },
  'dsl synth (shipped)': { args: [bin, 'synth', '--out', out], cwd: example },
  'dsl synth, plain .mjs config (native import)': { args: [bin, 'synth', '--out', outPlain, '--config', 'dsl.config.mjs'], cwd: plain },
  ...(before ? { [`dsl synth of ${before}`]: { args: [join(before, 'packages', 'cli', 'bin', 'dsl.js'), 'synth', '--out', outBefore], cwd: example } } : {}),
};

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const run = (v) => {
  const start = process.hrtime.bigint();
  const [cmd, args] = timeBin ? [timeBin, ['-f', '@cpu %U %S', process.execPath, ...v.args]] : [process.execPath, v.args];
  const r = spawnSync(cmd, args, { cwd: v.cwd, env: { ...process.env, ...v.env }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${v.args.join(' ')} failed: ${r.stderr}`);
  const cpu = /@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { wall, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN };
};

const times = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
try {
  for (const v of Object.values(variants)) run(v); // warm the OS file cache, the compile cache and jiti's cache
  for (let round = 0; round < 10; round++) for (const [k, v] of Object.entries(variants)) times[k].push(run(v));
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(outPlain, { recursive: true, force: true });
  rmSync(outBefore, { recursive: true, force: true });
  rmSync(plain, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const med = (k, field) => median(times[k].map((t) => t[field]));
const shipped = 'dsl synth (shipped)';
console.log(`cold start, median of 10 runs, ${process.version}, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}${timeBin ? '' : ' (no /usr/bin/time: CPU not measured)'}`);
console.log(`  ${'variant'.padEnd(46)} ${'wall ms'.padStart(8)} ${'×node'.padStart(6)} ${'cpu ms'.padStart(8)} ${'×node'.padStart(6)}`);
for (const k of Object.keys(times)) {
  const [w, c] = [med(k, 'wall'), med(k, 'cpu')];
  console.log(`  ${k.padEnd(46)} ${w.toFixed(1).padStart(8)} ${(w / med('node -e 0', 'wall')).toFixed(2).padStart(6)} ${c.toFixed(0).padStart(8)} ${(c / med('node -e 0', 'cpu')).toFixed(2).padStart(6)}`);
}
const wallRatio = med(shipped, 'wall') / med('node -e 0', 'wall');
const cpuRatio = med(shipped, 'cpu') / med('node -e 0', 'cpu');
console.log(`dsl synth / node -e 0: wall ${wallRatio.toFixed(2)}, cpu ${cpuRatio.toFixed(2)} (target ≤ 2.50): ${wallRatio <= 2.5 ? 'PASS' : 'FAIL'}`);
