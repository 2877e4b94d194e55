// Dockerfile parse throughput on the corpus (test/corpus/dockerfiles), side by side in one run:
// the line-split floor, docker-file-parser (shallow), dockerfile-ast, and dockerdsl's full parse
// (ranges, heredocs, flags, mounts, variables, typed model). Rounds are interleaved so machine
// load hits every parser alike; the median round gives files/s and MB/s. Then cold `dsl import`
// (the shipped `dsl` command) of a ~270-line Dockerfile against cold `node -e 0`, as fresh processes.
// Needs the built packages (`npm run build`). Targets: ≥ 4 × dockerfile-ast, ahead of
// docker-file-parser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from './support/load-core.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { parseDockerfile, setSourceCapture } = await loadCore(root);
const { DockerfileParser } = require('dockerfile-ast');
const dockerFileParser = require('docker-file-parser');

const dir = join(root, 'test/corpus/dockerfiles');
const files = readdirSync(dir).filter((f) => f.endsWith('Dockerfile')).sort().map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
setSourceCapture(false);

let sink = 0;
const parsers = {
  'split into lines (floor)': (f) => { sink += f.text.split('\n').length; },
  'docker-file-parser': (f) => { sink += dockerFileParser.parse(f.text, { includeComments: true }).length; },
  'dockerfile-ast': (f) => { sink += DockerfileParser.parse(f.text).getInstructions().length; },
  'dockerdsl parseDockerfile': (f) => { sink += parseDockerfile(f.text, { file: f.file }).image.stages.length; },
};

const roundMs = 250;
const rounds = 12;
const samples = Object.fromEntries(Object.keys(parsers).map((k) => [k, []]));
for (const fn of Object.values(parsers)) for (let i = 0; i < 20; i++) for (const f of files) fn(f); // warm-up
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of Object.entries(parsers)) {
    let done = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    while (elapsed < roundMs) {
      for (const f of files) fn(f);
      done += files.length;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    }
    samples[name].push((done / elapsed) * 1000);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const perFile = bytes / files.length;
const results = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
console.log(`corpus: ${files.length} files, ${(bytes / 1024).toFixed(1)} KiB; ${rounds} interleaved rounds of ${roundMs} ms, median`);
console.log('| parser | files/s | MB/s | vs dockerfile-ast |');
console.log('|---|---:|---:|---:|');
for (const [name, fps] of Object.entries(results)) {
  console.log(`| ${name} | ${Math.round(fps).toLocaleString('en-US')} | ${((fps * perFile) / 1e6).toFixed(1)} | ${(fps / results['dockerfile-ast']).toFixed(1)}× |`);
}
const ours = results['dockerdsl parseDockerfile'];
console.log(`dockerdsl vs dockerfile-ast: ${(ours / results['dockerfile-ast']).toFixed(1)}× (target ≥ 4×); vs docker-file-parser: ${(ours / results['docker-file-parser']).toFixed(1)}× (target > 1×)`);

// Cold import of a ~200-line Dockerfile: several corpus files glued into one multi-stage file.
const big = ['001-redis-like-debian', '007-python-like-slim', '005-httpd-like-source-build', '011-node-app-npm-ci']
  .map((n, i) => readFileSync(join(dir, `${n}.Dockerfile`), 'utf8').replace(/^FROM (.*?)(?: AS \S+)?$/gm, (_m, base) => `FROM ${base}`).replace(/^# syntax=.*\n/m, '').replace(/^(FROM .*)$/m, `$1 AS part${i}`))
  .join('\n');
const work = mkdtempSync(join(tmpdir(), 'dsl-bench-import-'));
const input = join(work, 'Dockerfile');
writeFileSync(input, big);
const lines = big.split('\n').length;
// The shipped command, as a user runs it, printing the module.
const bin = join(root, 'packages/cli/bin/dsl.js');
const cold = (args) => {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0 || (args[0] === bin && !r.stdout.toString().includes('export const'))) throw new Error(`cold run failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const node = [];
const imp = [];
for (let i = 0; i < 5; i++) {
  node.push(cold(['-e', '0']));
  imp.push(cold([bin, 'import', 'Dockerfile']));
}
console.log(`cold \`dsl import\` of a ${lines}-line Dockerfile (median of 5 fresh processes): ${Math.round(median(imp))} ms; node -e 0: ${Math.round(median(node))} ms (target < 2000 ms)`);
rmSync(work, { recursive: true, force: true });
if (sink === 0) console.log('');
