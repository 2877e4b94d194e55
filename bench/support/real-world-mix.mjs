// A seeded mix of Dockerfiles with the long tail real repositories hold, calibrated to the
// throughput issue 3 quotes for peer linters on "real-world Dockerfiles" here (dockerfilelint
// about 2,000 files/s, dockerfile-utils about 500): about 3.4× the time a file dockerfilelint
// takes on the realistic set (realistic-dockerfiles.mjs, ~6,800 files/s here; dockerfile-utils
// ~1,560, so 3.1× for it). Of 300 files:
//   - 30 % short app Dockerfiles (app-dockerfiles.mjs): 6–13 lines, 95–271 bytes, mean 166;
//   - 30 % medium multi-stage service Dockerfiles (realistic-dockerfiles.mjs, another seed):
//     25–54 lines, 946–1,953 bytes, mean 1,507;
//   - 40 % long official-style runtime, server, Alpine and toolbox images
//     (runtime-dockerfiles.mjs: version ENVs and keys, `set -eux` scripts of 50–120 lines with
//     apt-mark bookkeeping, a `case "$dpkgArch"` table, signed downloads, configure/make,
//     purge; extension builds, helper binaries, entrypoint COPY; tool-per-RUN toolboxes), their
//     size long-tailed (size 0.45 + 1.9·u, u uniform): 113–350 lines, 3.7–17.8 KB, mean 9.1 KB.
// All written here from those patterns, not copied.
//
// Calibration (`node bench/support/real-world-mix.mjs` measures it again): each tool's CPU time
// a file on this mix over its time a file on the realistic set, both in one process,
// alternating, median of 41 rounds; five runs on a loaded machine (load average ~5),
// 2026-11-23: dockerfilelint 3.20–3.37× (target 3.4×), dockerfile-utils 3.57–3.82× (3.1×).
// Whole set (describeSet): bytes a file mean 4,127, median 1,656, p90 10,561, max 17,841;
// lines mean 107, median 43, p90 284, max 350; 40 % over 100 lines (they hold 88 % of the bytes).
// Matching the figures takes a set this heavy: per-file cost follows the bytes of RUN
// scripts for every tool, so a population with fewer or shorter long files checks faster per
// file for all of them, and ratios between tools move with the share of long files.
import { createRequire } from 'node:module';
import { appDockerfile } from './app-dockerfiles.mjs';
import { chooser, mulberry32, realisticDockerfiles } from './realistic-dockerfiles.mjs';
import { runtimeDockerfile } from './runtime-dockerfiles.mjs';

/** Shares of the three kinds; the rest of the files are medium. */
const shares = { short: 0.3, long: 0.4 };

/**
 * `count` Dockerfiles of the real-world mix, the same for the same `seed`, kinds interleaved.
 *
 * @example
 * const files = realWorldMix(300); // [{ file: '000-source-lumen.Dockerfile', text: 'FROM debian:…' }, …]
 */
export function realWorldMix(count, seed = 20261124) {
  const random = mulberry32(seed);
  const r = chooser(random);
  const short = Math.round(count * shares.short);
  const long = Math.round(count * shares.long);
  const medium = realisticDockerfiles(count - short - long, seed);
  const kinds = [...Array(short).fill('short'), ...Array(long).fill('long'), ...medium.map(() => 'medium')];
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  let next = 0;
  return kinds.map((kind, i) => {
    const prefix = String(i).padStart(3, '0');
    if (kind === 'medium') {
      const f = medium[next++];
      return { file: `${prefix}-${f.file.replace(/^\d+-/, '')}`, text: f.text };
    }
    const made = kind === 'short' ? appDockerfile(r) : runtimeDockerfile(r, 0.45 + 1.9 * random());
    return { file: `${prefix}-${made.kind}.Dockerfile`, text: made.text };
  });
}

/**
 * Bytes and lines a file (mean, median, 90th percentile, largest) and the share of long files
 * (over 100 lines), for the header above and the benchmark's output.
 *
 * @example
 * describeSet(realWorldMix(300)); // 'bytes a file mean 4,127, median 1,656, p90 10,561, max 17,841; lines mean 107, …'
 */
export function describeSet(files) {
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return `mean ${Math.round(sorted.reduce((a, b) => a + b, 0) / sorted.length).toLocaleString('en')}, median ${at(0.5).toLocaleString('en')}, p90 ${at(0.9).toLocaleString('en')}, max ${at(1).toLocaleString('en')}`;
  };
  const lines = files.map((f) => f.text.split('\n').length);
  return `bytes a file ${stats(files.map((f) => f.text.length))}; lines ${stats(lines)}; ${Math.round((100 * lines.filter((n) => n > 100).length) / files.length)} % over 100 lines`;
}

/**
 * A tool's CPU time per file on `files` over its time per file on `reference`, measured in one
 * process, alternating, median of `rounds` (machine load hits both sides alike). `check` runs
 * the tool on one text; a throw counts as the file's cost.
 *
 * @example
 * costRatio((text) => dockerfilelint.run('.', text), realWorldMix(300), realisticDockerfiles(300)); // { median: 3.4, q1: …, q3: … }
 */
export function costRatio(check, files, reference, rounds = 41) {
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  const perFile = (set) => {
    const start = cpu();
    for (const f of set) {
      try {
        check(f.text);
      } catch {
        // a crash on a file is its cost too
      }
    }
    return (cpu() - start) / set.length;
  };
  for (let i = 0; i < 3; i++) perFile(files), perFile(reference);
  const ratios = [];
  for (let i = 0; i < rounds; i++) ratios.push(perFile(files) / perFile(reference));
  ratios.sort((a, b) => a - b);
  const at = (q) => ratios[Math.floor(q * (ratios.length - 1))];
  return { median: at(0.5), q1: at(0.25), q3: at(0.75) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const require = createRequire(import.meta.url);
  const dockerfilelint = require('dockerfilelint');
  const dockerfileUtils = require('dockerfile-utils');
  const files = realWorldMix(300);
  const reference = realisticDockerfiles(300);
  for (const [tool, check, target] of [
    ['dockerfilelint', (text) => dockerfilelint.run('.', text), '3.4× (6,800 → 2,000 files/s)'],
    ['dockerfile-utils', (text) => dockerfileUtils.validate(text), '3.1× (1,560 → 500 files/s)'],
  ]) {
    const { median, q1, q3 } = costRatio(check, files, reference);
    console.log(`${tool} CPU time a file, mix / realistic: ${median.toFixed(2)}× (quartiles ${q1.toFixed(2)}–${q3.toFixed(2)}); issue: ${target}`);
  }
  console.log(describeSet(files));
}
