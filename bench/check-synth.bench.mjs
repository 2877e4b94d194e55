// check-synth: what the rule engine adds to synth. 1,000 in-memory images (the synth benchmark's
// Go service: 3 stages, 27 instructions) compiled with `compileImage`, without checks and with
// `ruleHook()` plugged in as `dsl synth` runs it — the default rules, and every rule (opt-in
// ones switched on too). Target (issue 3): checking adds less than 50 % to synth time.
//
// The machine's speed drifts by a third within a minute, so rounds are paired: each round
// compiles the 1,000 images once without and once with checks, back to back, and the figure is
// the median of the rounds' ratios (CPU time). It runs in its own process: `dsl synth` never
// parses Dockerfiles, and code warmed on parsed images (the check benchmark's first part) reads
// definitions through polymorphic inline caches, which made every rule slower.
//
// Then where the time goes: the time inside the check itself against the slower synth around it
// (caches and garbage collection shared with the compiler), and groups of rules left out.
// Usage: node bench/check-synth.bench.mjs   (after `npx tsc -p packages/core/tsconfig.build.json`)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './support/load-core.mjs';
import { defineServiceImage } from './support/service-image.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = await loadCore(root);
const { builtinRules, compileImage, ruleHook, setSourceCapture } = core;
setSourceCapture(false);

const IMAGES = 1000;
const ROUNDS = 31;
const images = Array.from({ length: IMAGES }, (_, i) => defineServiceImage(core, i));
const everyRuleOn = Object.fromEntries(builtinRules.map((r) => [r.code, r.severity]));

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let sink = 0;
/** One synth of the 1,000 images; CPU ms. */
const synth = (options) => {
  const start = cpuMs();
  for (const img of images) {
    const result = compileImage(img, options);
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics.slice(0, 3)));
    sink += result.dockerfile.length;
  }
  return cpuMs() - start;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percent = (ratio) => `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(0)} %`;

/** Paired rounds of `variants` (name → compileImage options); the first is the baseline. */
function pairedRounds(variants) {
  const entries = Object.entries(variants);
  for (let i = 0; i < 3; i++) for (const [, options] of entries) synth(options); // warm-up
  const ms = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let r = 0; r < ROUNDS; r++) for (const [name, options] of entries) ms[name].push(synth(options));
  const [base] = entries[0];
  return entries.map(([name]) => {
    const ratios = ms[name].map((m, i) => m / ms[base][i] - 1);
    return { name, usPerImage: (median(ms[name]) / IMAGES) * 1000, adds: median(ratios), spread: [Math.min(...ratios), Math.max(...ratios)] };
  });
}

console.log(`${IMAGES} images, ${builtinRules.length} rules, Node ${process.version}, ${ROUNDS} paired rounds, CPU time`);
const main = pairedRounds({
  'synth without checks': {},
  'synth with the default rules': { hooks: [ruleHook()] },
  'synth with every rule on': { hooks: [ruleHook({ severities: everyRuleOn })] },
});
for (const { name, usPerImage, adds } of main) {
  console.log(`  ${name.padEnd(36)} ${usPerImage.toFixed(1).padStart(6)} µs an image${name.includes('without') ? '' : `, checks add ${percent(adds)} (target < 50 %)`}`);
}

// Inside the check against around it: the check's own time, measured around the hook.
const every = ruleHook({ severities: everyRuleOn });
let inside = 0;
const timed = (resolved, prefix) => {
  const start = performance.now();
  const found = every(resolved, prefix);
  inside += performance.now() - start;
  return found;
};
const split = { plain: [], checked: [], inside: [] };
for (let r = 0; r < ROUNDS; r++) {
  split.plain.push(synth({}));
  inside = 0;
  split.checked.push(synth({ hooks: [timed] }));
  split.inside.push(inside);
}
const plain = median(split.plain);
const insideMs = median(split.inside);
const around = median(split.checked.map((m, i) => m - split.inside[i]));
console.log(`  every rule, split: the check itself ${percent(insideMs / plain)}, the compiler around it ${percent(around / plain - 1)} (shared caches, garbage collection)`);

// Groups of rules left out in turn.
const groups = pairedRounds({
  'no checks': {},
  'every rule': { hooks: [ruleHook({ severities: everyRuleOn })] },
  'no rule (runner and image facts)': { hooks: [ruleHook({ rules: [] })] },
  'without the two variable rules': { hooks: [ruleHook({ severities: everyRuleOn, rules: builtinRules.filter((r) => r.name !== 'UndefinedVariable' && r.name !== 'GlobalArgNotRedeclared') })] },
});
console.log('  groups of rules (every rule on otherwise):');
for (const { name, usPerImage, adds } of groups) console.log(`    ${name.padEnd(40)} ${usPerImage.toFixed(1).padStart(6)} µs an image${name === 'no checks' ? '' : `, ${percent(adds)}`}`);
if (sink === 42) console.log('');
