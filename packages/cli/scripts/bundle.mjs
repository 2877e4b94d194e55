// Bundles the compiled CLI and @dockerdsl/core into dist/bundle: a handful of files instead of
// hundreds, which is most of a cold `dsl synth`'s start-up on Node 20 (no module compile cache).
// `dsl` uses the bundle when it is there and dist/cli.js otherwise (see bin/dsl.js).
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = createRequire(join(cli, 'package.json')).resolve('@dockerdsl/core');
const outDir = join(cli, 'dist', 'bundle');
rmSync(outDir, { recursive: true, force: true });
await build({
  input: { cli: join(cli, 'dist', 'cli.js'), core },
  platform: 'node',
  // Loaded lazily by the commands that need them, and resolved from node_modules as usual.
  external: ['jiti', 'ts-morph', 'execa', /^node:/],
  // yaml's ES module build, not its CommonJS one (what Node would pick): as ESM it is scope-hoisted
  // and tree-shaken with the rest, instead of one CommonJS closure evaluated whole at start-up.
  resolve: { alias: { yaml: join(dirname(createRequire(core).resolve('yaml/package.json')), 'browser', 'index.js') } },
  logLevel: 'warn',
  output: { dir: outDir, format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', minify: true },
});
