// Bundles one package's own sources into dist/bundle/: one ES module per entry point (plus a
// chunk for each lazy import), so Node reads and links a few files instead of hundreds — most
// of a cold `dsl synth` (bench/cli.bench.mjs). An ordinary build step: tsc still writes dist/
// (declarations, per-file modules), the bundle's source maps point at src/, and packages
// (npm dependencies, other @dockerdsl packages) stay imports, so a config and the CLI share
// one core.
// Usage, from a package folder: node ../../scripts/bundle-dist.mjs <entry.ts>...
import { rmSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';
import { build } from 'rolldown';

const entries = process.argv.slice(2);
const outDir = join(process.cwd(), 'dist', 'bundle');

rmSync(outDir, { recursive: true, force: true });
await build({
  input: Object.fromEntries(entries.map((entry) => [basename(entry).replace(/\.ts$/, ''), join(process.cwd(), entry)])),
  platform: 'node',
  external: (id) => !id.startsWith('.') && !isAbsolute(id),
  logLevel: 'warn',
  output: { dir: outDir, format: 'esm', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
});
