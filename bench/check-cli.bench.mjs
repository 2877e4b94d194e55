// check-cli: `dsl check <folder>` against `dockerfilelint <files…>` as users run them — one
// process each over the same 300 files, process start included — on the real-world mix
// (bench/support/real-world-mix.mjs, calibrated to the peer throughput) and on the
// realistic set (bench/support/realistic-dockerfiles.mjs), written to a temporary folder.
// Rounds alternate the tools (machine load hits both alike); medians of wall time and of CPU
// time (user + sys from /usr/bin/time where it exists: steadier on a busy machine). Before
// timing, one run of each is checked to have read every file (dockerfilelint stops at the
// first file it crashes on). Both write their reports to /dev/null while timed.
// dockerfile-utils' CLI checks one file a process, which would time process starts, not
// checking: it is measured in-process only (here, next to dockerdsl's checkDockerfile on the same
// files, and in check.bench.mjs).
// Exits 0 whatever the findings (`dsl check` exits 1 on errors, dockerfilelint with the number of
// issues); only a tool that cannot run fails the script. Needs the built packages
// (`npm run build`: packages/cli/dist and packages/core/dist).
// Targets: ≥ 1.5 × dockerfilelint, ≥ 5 × dockerfile-utils.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realWorldMix } from './support/real-world-mix.mjs';
import { realisticDockerfiles } from './support/realistic-dockerfiles.mjs';
import { loadCore } from './support/load-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const dsl = join(root, 'packages', 'cli', 'bin', 'dsl.js');
const dockerfilelint = require.resolve('dockerfilelint/bin/dockerfilelint');
if (!existsSync(join(root, 'packages', 'cli', 'dist', 'cli.js'))) throw new Error('build the packages first: npm run build');
const core = await loadCore(root);

const work = mkdtempSync(join(tmpdir(), 'dsl-bench-check-cli-'));
const sets = [
  ['real-world mix', 'mix', realWorldMix(300)],
  ['realistic', 'realistic', realisticDockerfiles(300)],
];
for (const [, folder, files] of sets) {
  mkdirSync(join(work, folder));
  for (const f of files) writeFileSync(join(work, folder, f.file), f.text);
}

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const timeFile = join(work, 'time.txt');
/** Runs `node args…` in the work folder; `out` is a file for stdout and stderr, else /dev/null. */
function run(args, out) {
  const fd = out ? openSync(out, 'w') : 'ignore';
  const [cmd, argv] = timeBin ? [timeBin, ['-o', timeFile, '-f', '%U %S', process.execPath, ...args]] : [process.execPath, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: work, stdio: ['ignore', fd, fd], env: { ...process.env, NO_COLOR: '1' } });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (out) closeSync(fd);
  if (r.error) throw r.error;
  const [user, sys] = timeBin ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [NaN, NaN];
  return { status: r.status, wall, cpu: (user + sys) * 1000 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rounds = 7;
console.log(`check over 300 files a process, median of ${rounds} alternating runs, ${process.version}${timeBin ? '' : ' (no /usr/bin/time: CPU not measured)'}`);
try {
  for (const [set, folder, files] of sets) {
    const paths = files.map((f) => join(folder, f.file));
    const tools = {
      'node -e 0 (process start)': ['-e', '0'],
      [`dsl check ${folder}`]: [dsl, 'check', folder],
      'dockerfilelint <300 files>': [dockerfilelint, ...paths],
    };
    // One checked run each: every file read, no crash.
    const log = join(work, 'out.txt');
    const checked = run(tools[`dsl check ${folder}`], log);
    const dslLog = readFileSync(log, 'utf8');
    if (checked.status !== 0 && checked.status !== 1) throw new Error(`dsl check exited ${checked.status}:\n${dslLog.slice(-2000)}`);
    const summary = /check (?:passed|failed): .*/.exec(dslLog)?.[0];
    run(tools['dockerfilelint <300 files>'], log);
    const linted = (readFileSync(log, 'utf8').match(/^File: /gm) ?? []).length;
    if (linted !== files.length) throw new Error(`dockerfilelint reported ${linted} of ${files.length} files (crashed?)`);

    const times = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) for (const [k, args] of Object.entries(tools)) times[k].push(run(args));
    const med = (k, field) => median(times[k].map((t) => t[field]));
    const bytes = files.reduce((n, f) => n + f.text.length, 0);
    console.log(`\n${set}: ${files.length} files, ${Math.round(bytes / files.length)} bytes a file on average; dsl: ${summary}`);
    console.log(`  ${'command'.padEnd(30)} ${'wall ms'.padStart(8)} ${'files/s'.padStart(8)} ${'cpu ms'.padStart(8)}`);
    for (const k of Object.keys(tools)) {
      const wall = med(k, 'wall');
      console.log(`  ${k.padEnd(30)} ${wall.toFixed(0).padStart(8)} ${k.startsWith('node') ? ''.padStart(8) : (files.length / (wall / 1000)).toFixed(0).padStart(8)} ${med(k, 'cpu').toFixed(0).padStart(8)}`);
    }
    const ours = `dsl check ${folder}`;
    const peer = 'dockerfilelint <300 files>';
    console.log(`  dsl check vs dockerfilelint, process start included: wall ${(med(peer, 'wall') / med(ours, 'wall')).toFixed(2)}×, cpu ${(med(peer, 'cpu') / med(ours, 'cpu')).toFixed(2)}× (target ≥ 1.5×)`);
    inProcess(files);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// dockerfile-utils has no many-files CLI: its validator against dockerdsl's checkDockerfile, in
// this process, alternating, median of 5 rounds after a warm-up.
function inProcess(files) {
  const utils = require('dockerfile-utils');
  const rate = (check) => {
    const start = performance.now();
    for (const f of files) {
      try {
        check(f);
      } catch {
        // a crash counts as the file's cost
      }
    }
    return files.length / ((performance.now() - start) / 1000);
  };
  const ours = (f) => {
    core.checkDockerfile(f.text, { file: f.file });
  };
  const theirs = (f) => utils.validate(f.text);
  rate(ours), rate(theirs);
  const a = [];
  const b = [];
  for (let i = 0; i < 5; i++) a.push(rate(ours)), b.push(rate(theirs));
  console.log(`  in-process only: dockerdsl checkDockerfile ${median(a).toFixed(0)} files/s, dockerfile-utils validate ${median(b).toFixed(0)} files/s → ${(median(a) / median(b)).toFixed(2)}× (target ≥ 5×)`);
}
