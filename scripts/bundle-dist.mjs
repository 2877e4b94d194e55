// Bundles one package's own sources into dist/bundle/: one ES module per entry point (plus a
// chunk for each lazy import), so Node reads and links a few files instead of hundreds — most
// of a cold `dsl synth` (bench/cli.bench.mjs). An ordinary build step: tsc still writes dist/
// (declarations, per-file modules), the bundle's source maps point at src/, and packages
// (npm dependencies, other @dockerdsl packages) stay imports, so a config and the CLI share
// one core — except the dependencies named with --inline.
// Usage, from a package folder: node ../../scripts/bundle-dist.mjs <entry.ts>... [--inline zod,yaml]
import { readFileSync, rmSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { build } from 'rolldown';

// `--inline a,b`: npm dependencies bundled in rather than imported — each of zod and yaml is
// dozens of small modules, and reading and linking them was most of core's import time.
const args = process.argv.slice(2);
const inlineAt = args.indexOf('--inline');
const inline = inlineAt === -1 ? [] : args.splice(inlineAt, 2)[1].split(',');
const entries = args;
const inlined = (id) => inline.some((name) => id === name || id.startsWith(`${name}/`));
const outDir = join(process.cwd(), 'dist', 'bundle');

rmSync(outDir, { recursive: true, force: true });
await build({
  input: Object.fromEntries(entries.map((entry) => [basename(entry).replace(/\.ts$/, ''), join(process.cwd(), entry)])),
  platform: 'node',
  external: (id) => !id.startsWith('.') && !isAbsolute(id) && !inlined(id),
  logLevel: 'warn',
  // An inlined dependency's code carries no source map: the package ships its own src/ only, so
  // every map entry points at a file inside the package.
  plugins: [{ name: 'inlined-without-maps', load: (id) => (id.includes('/node_modules/') ? { code: readFileSync(id, 'utf8'), map: { version: 3, sources: [], names: [], mappings: '' } } : null) }],
  output: {
    dir: outDir,
    format: 'esm',
    sourcemap: true,
    // Every start reads, decodes and hashes the whole text (the compile cache checks it), and
    // V8 scans it: JSDoc is a fifth of core's bundle, and one non-ASCII character (a `…` in a
    // message) makes V8 hold all of it as two-byte text. Escaped, strings read the same.
    comments: { legal: true, annotation: true, jsdoc: false },
    charset: 'ascii',
    entryFileNames: '[name].js',
    // With several entry points (core's `.` and `./tooling`), the modules they both import go to
    // one `shared-*.js` chunk: one copy of module state (rule registry, source-capture switch).
    chunkFileNames: (chunk) => (entries.length > 1 && !chunk.isDynamicEntry ? 'shared-[hash].js' : '[name]-[hash].js'),
  },
});
