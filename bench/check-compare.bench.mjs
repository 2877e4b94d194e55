// check, two trees in one run: `checkDockerfile` of this tree and of another built tree (default
// /work/main; `COMPARE_ROOT=…`) over the same files, interleaved round by round with dockerfilelint
// and dockerfile-utils, and `parseDockerfile` of both against dockerfile-ast. CPU time of this
// process per round; the ratios are medians of each round's paired ratio. Sets: the real-world
// mix (the guard rail's set) and the realistic files. A tree with `clearShellCache` (module-level
// caches of shell analyses, gone since issue 19) has them cleared before every round. Needs both trees built.
// Usage: node --expose-gc bench/check-compare.bench.mjs [rounds]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realWorldMix } from './support/real-world-mix.mjs';
import { realisticDockerfiles } from './support/realistic-dockerfiles.mjs';
import { loadCore } from './support/load-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const other = process.env.COMPARE_ROOT ?? '/work/main';
const require = createRequire(import.meta.url);
const ours = await loadCore(root);
const theirs = await loadCore(other);
for (const core of [ours, theirs]) core.setSourceCapture?.(false);
const dockerfilelint = require('dockerfilelint');
const dockerfileUtils = require('dockerfile-utils');
const { DockerfileParser } = require('dockerfile-ast');

const rounds = Number(process.argv[2] ?? 15);
const everyRuleOn = (core) => Object.fromEntries(core.builtinRules.map((r) => [r.code, r.severity]));
const oursOn = everyRuleOn(ours);
const theirsOn = everyRuleOn(theirs);
let sink = 0;
const tools = {
  'check (this tree)': (f) => { sink += ours.checkDockerfile(f.text, { file: f.file, severities: oursOn }).diagnostics.length; },
  [`check (${other})`]: (f) => { sink += theirs.checkDockerfile(f.text, { file: f.file, severities: theirsOn }).diagnostics.length; },
  dockerfilelint: (f) => { try { sink += dockerfilelint.run('.', f.text).length; } catch { sink++; } },
  'dockerfile-utils': (f) => { try { sink += dockerfileUtils.validate(f.text).length; } catch { sink++; } },
  'parse (this tree)': (f) => { sink += ours.parseDockerfile(f.text, { file: f.file }).diagnostics.length; },
  [`parse (${other})`]: (f) => { sink += theirs.parseDockerfile(f.text, { file: f.file }).diagnostics.length; },
  'dockerfile-ast': (f) => { sink += DockerfileParser.parse(f.text).getInstructions().length; },
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const paired = (samples, a, b) => median(samples[a].map((r, i) => r / samples[b][i]));

console.log(`Node ${process.version}, ${rounds} rounds, load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const [set, files] of [['real-world mix', realWorldMix(300)], ['realistic', realisticDockerfiles(300)]]) {
  for (const fn of Object.values(tools)) for (let i = 0; i < 2; i++) for (const f of files) fn(f);
  const samples = Object.fromEntries(Object.keys(tools).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) {
    for (const [name, fn] of Object.entries(tools)) {
      // A tree that still caches shell analyses by text must not reuse the previous round's work.
      for (const core of [ours, theirs]) core.clearShellCache?.();
      const start = process.cpuUsage();
      for (const f of files) fn(f);
      const used = process.cpuUsage(start);
      samples[name].push(files.length / ((used.user + used.system) / 1e6));
    }
  }
  console.log(`\n${set} (${files.length} files)`);
  for (const [name, xs] of Object.entries(samples)) console.log(`  ${name.padEnd(28)} ${median(xs).toFixed(0).padStart(7)} files per CPU-second`);
  for (const check of ['check (this tree)', `check (${other})`]) {
    console.log(`  ${check}: ${paired(samples, check, 'dockerfilelint').toFixed(2)}× dockerfilelint (≥ 2.5), ${paired(samples, check, 'dockerfile-utils').toFixed(2)}× dockerfile-utils (≥ 10)`);
  }
  for (const parse of ['parse (this tree)', `parse (${other})`]) console.log(`  ${parse}: ${paired(samples, parse, 'dockerfile-ast').toFixed(2)}× dockerfile-ast (≥ 10)`);
}
console.log(`load average at the end ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
if (sink === 42) console.log('');
