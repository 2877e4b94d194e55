// synth: 1,000 images × 3 stages × ~25 instructions, defined through the builder API, validated
// (zod), resolved (stage graph), checked and compiled to Dockerfile text, all in-process.
// Runs in fresh processes: source-location capture on (the default) with the rule engine
// (`ruleHook()`, every default rule) as `dsl synth` runs, then capture on and off without
// checks, and capture off with the rule engine. With DSL_BENCH_BEFORE=<another checkout, built>
// each mode also runs on that tree's core, alternating (before/after in one run).
// Usage: node --expose-gc bench/synth.bench.mjs   (after `npx tsc -p packages/core/tsconfig.build.json`)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './support/load-core.mjs';
import { defineServiceImage } from './support/service-image.mjs';

const IMAGES = 1000;
const ROUNDS = 11;
const PHASE_ROUNDS = 5;

async function measure(capture, rules, root) {
  const core = await loadCore(root ?? join(fileURLToPath(import.meta.url), '..', '..'));
  const { compileImage, setSourceCapture } = core;
  setSourceCapture(capture);
  // The rule engine, as `dsl synth` runs it, or no checks at all (the model's own cost): a
  // compile hook (`ruleHook`), or on an older tree the `checks` option with `ruleCheck`.
  const ruleEngine = rules ? [(core.ruleHook ?? core.ruleCheck)()] : [];
  const options = core.ruleHook ? { hooks: ruleEngine } : { checks: ruleEngine };

  const define = (i) => defineServiceImage(core, i);

  let instructions = 0;
  const images = [];
  const round = () => {
    let bytes = 0;
    for (let i = 0; i < IMAGES; i++) {
      const result = compileImage(define(i), options);
      if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
      bytes += result.dockerfile.length;
      if (instructions === 0) instructions = result.image.stages.reduce((n, s) => n + 1 + s.steps.length, 0);
      if (i % 100 === 0) sample();
    }
    return bytes;
  };

  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };

  round(); // warm-up
  globalThis.gc?.();
  const times = [];
  const cpuTimes = [];
  let bytes = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    bytes = round();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1e3);
    sample();
  }

  // Where the time goes, per phase, in CPU milliseconds per 1,000 images.
  const phase = (fn) => {
    const cpu = process.cpuUsage();
    fn();
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1e3;
  };
  // Each phase runs PHASE_ROUNDS times over the same 1,000 inputs, made ahead, and its results
  // are dropped, as in a round; the median is reported, so the phases add up to about a round.
  const built = Array.from({ length: IMAGES }, (_, i) => define(i));
  const plain = built.map((b) => core.validateImage(b).image);
  const resolved = plain.map((p) => core.resolveImage(p).resolved);
  const work = {
    define: () => { for (let i = 0; i < IMAGES; i++) define(i); },
    validate: () => { for (const b of built) core.validateImage(b); },
    resolve: () => { for (const p of plain) core.resolveImage(p); },
    print: () => { for (const r of resolved) core.printDockerfile(r); },
  };
  const middle = (list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const phases = Object.fromEntries(Object.entries(work).map(([name, fn]) => [name, middle(Array.from({ length: PHASE_ROUNDS }, () => phase(fn)))]));
  // Keep one round's results alive at once, as `dsl synth` does before writing.
  for (let i = 0; i < IMAGES; i++) images.push(compileImage(define(i), options));
  sample();
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const cpuMedian = cpuTimes[Math.floor(cpuTimes.length / 2)];
  return { capture, median, best: times[0], perSecond: Math.round((IMAGES / median) * 1000), perCpuSecond: Math.round((IMAGES / cpuMedian) * 1000), phases, instructions, bytes, peakRss, peakHeap, kept: images.length };
}

const mode = process.argv[2];
if (mode === 'on+rules' || mode === 'on' || mode === 'off' || mode === 'off+rules') {
  process.stdout.write(JSON.stringify(await measure(mode.startsWith('on'), mode.endsWith('+rules'), process.argv[3])));
} else {
  const self = fileURLToPath(import.meta.url);
  const mb = (n) => (n / 1024 / 1024).toFixed(1);
  console.log(`synth: ${IMAGES} images × 3 stages, define + validate + resolve + check + compile, median of ${ROUNDS} rounds (load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
  const trees = process.env.DSL_BENCH_BEFORE ? [process.env.DSL_BENCH_BEFORE, undefined] : [undefined];
  for (const [capture, tree] of ['on+rules', 'on', 'off', 'off+rules'].flatMap((mode) => trees.map((t) => [mode, t]))) {
    if (trees.length > 1) console.log(`  ${tree ?? 'this tree'}:`);
    const run = spawnSync(process.execPath, ['--expose-gc', self, capture, ...(tree ? [tree] : [])], { encoding: 'utf8' });
    if (run.status !== 0) {
      process.stderr.write(run.stderr);
      process.exitCode = 1;
      continue;
    }
    const r = JSON.parse(run.stdout);
    const phases = Object.entries(r.phases).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
    console.log(
      `  source capture ${capture.padEnd(9)}: ${String(r.perSecond).padStart(6)} images/s wall, ${String(r.perCpuSecond).padStart(6)} images/CPU-s (median ${r.median.toFixed(0)} ms, best ${r.best.toFixed(0)} ms per ${IMAGES}; ${r.instructions} instructions/image)`,
    );
    console.log(`      CPU ms per ${IMAGES} by phase: ${phases} · peak RSS ${mb(r.peakRss)} MB · peak heap ${mb(r.peakHeap)} MB · target ≥ 5000 images/s (dsl synth: on+rules), < 200 MB`);
  }
}
