// check: `dsl check` over 300+ Dockerfiles, side by side in one run with dockerfilelint and
// dockerfile-utils on the same files, on three sets:
//   - realistic: 300 files shaped like real repositories' Dockerfiles (seeded generator,
//     bench/support/realistic-dockerfiles.mjs: ~40 lines, multi-stage, long apt chains) — the
//     issue's targets are stated for real-world files;
//   - real-world mix: 300 files, short app Dockerfiles, realistic ones and long official-style
//     runtime images (bench/support/real-world-mix.mjs), calibrated so that dockerfilelint takes
//     about 3.4× its time a file on the realistic set — the peer throughput (2,000 and
//     500 files/s against ~6,800 and ~1,560 on the realistic set here);
//   - test corpora: the seed examples and both corpora (test/corpus/dockerfiles,
//     test/corpus/checks), repeated to reach 360 — mostly short files written to trigger rules,
//     where fixed per-file costs weigh most.
// dockerdsl runs parse + every rule (opt-in rules switched on too); dockerfilelint runs its rule set; dockerfile-utils its validator.
// Rounds are interleaved so machine load hits every tool alike; each is timed in CPU time (user +
// system of this process), and the median round gives files per CPU-second,
// and the ratios are the medians of each round's ratio (paired).
// Crashes of a peer tool on a file are counted, not fatal.
// What checking adds to synth (the third target) is bench/check-synth.bench.mjs, in a
// process of its own.
// Needs the built packages (`npx tsc -p packages/core/tsconfig.build.json`).
// Targets: ≥ 2.5 × dockerfilelint, ≥ 10 × dockerfile-utils (on the real-world mix).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSet, realWorldMix } from './support/real-world-mix.mjs';
import { realisticDockerfiles } from './support/realistic-dockerfiles.mjs';
import { loadCore } from './support/load-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const core = await loadCore(root);
const { builtinRules, checkDockerfile, parseDockerfile, setSourceCapture } = core;
const dockerfilelint = require('dockerfilelint');
const dockerfileUtils = require('dockerfile-utils');

const folders = [join(root, 'test/seed-examples'), join(root, 'test/corpus/dockerfiles'), join(root, 'test/corpus/checks')];
const unique = folders.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('Dockerfile')).sort().map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') })));
const corpusFiles = [];
for (let i = 0; corpusFiles.length < 360; i++) corpusFiles.push({ ...unique[i % unique.length], file: `${i}-${unique[i % unique.length].file}` });
const mix = realWorldMix(300);
const sets = [
  ['realistic', realisticDockerfiles(300), '300 generated files'],
  ['real-world mix, calibrated to the issue\'s peer throughput', mix, `300 generated files (${describeSet(mix)})`],
  ['test corpora', corpusFiles, `360 files, ${unique.length} distinct`],
];
setSourceCapture(false);

const everyRuleOn = Object.fromEntries(builtinRules.map((r) => [r.code, r.severity]));
let sink = 0;
const crashes = { dockerfilelint: new Set(), 'dockerfile-utils': new Set() };
const tools = {
  'dockerdsl checkDockerfile (every rule)': (f) => { sink += checkDockerfile(f.text, { file: f.file, severities: everyRuleOn }).diagnostics.length; },
  // Parsing alone, for reference: the floor under any check of Dockerfile text.
  'dockerdsl parseDockerfile only': (f) => { sink += parseDockerfile(f.text, { file: f.file }).diagnostics.length; },
  dockerfilelint: (f) => {
    try { sink += dockerfilelint.run('.', f.text).length; } catch { crashes.dockerfilelint.add(f.file.replace(/^\d+-/, '')); }
  },
  'dockerfile-utils': (f) => {
    try { sink += dockerfileUtils.validate(f.text).length; } catch { crashes['dockerfile-utils'].add(f.file.replace(/^\d+-/, '')); }
  },
};

const rules = builtinRules.length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${rules} dockerdsl rules, Node ${process.version}`);
for (const [set, files, what] of sets) {
  const bytes = files.reduce((n, f) => n + f.text.length, 0);
  console.log(`\n${set}: ${what}, ${Math.round(bytes / files.length)} bytes a file on average`);
  for (const fn of Object.values(tools)) for (let i = 0; i < 3; i++) for (const f of files) fn(f); // warm-up
  const rounds = 15;
  const samples = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(tools)) {
      // CPU time, not wall time: on a shared machine other work stretches wall time unevenly.
      const start = process.cpuUsage();
      for (const f of files) fn(f);
      const used = process.cpuUsage(start);
      samples[name].push(files.length / ((used.user + used.system) / 1e6));
    }
  }
  const rate = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  for (const [name, value] of Object.entries(rate)) console.log(`  ${name.padEnd(40)} ${value.toFixed(0).padStart(7)} files per CPU-second`);
  // Paired: each round's ratio, the tools having run back to back, so a slow stretch of the
  // machine (its speed drifts by a third within a minute) hits both sides of it; then the median.
  const ours = samples['dockerdsl checkDockerfile (every rule)'];
  const pairedRatio = (peer) => median(ours.map((r, i) => r / samples[peer][i]));
  console.log(`  ratio vs dockerfilelint:   ${pairedRatio('dockerfilelint').toFixed(2)}× (target ≥ 2.5×)`);
  console.log(`  ratio vs dockerfile-utils: ${pairedRatio('dockerfile-utils').toFixed(2)}× (target ≥ 10×)`);
  for (const [tool, found] of Object.entries(crashes)) if (found.size > 0) console.log(`  ${tool} threw on ${found.size} distinct files: ${[...found].slice(0, 6).join(', ')}${found.size > 6 ? ', …' : ''}`);
  for (const found of Object.values(crashes)) found.clear();
}
console.log('');

if (sink === 42) console.log('');
