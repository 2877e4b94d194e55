#!/usr/bin/env node
// The `dsl` command. Kept tiny: it loads the built CLI — the bundle when the build made one —
// and hands it the arguments.
// DSL_CODE_CACHE=0 turns the bundle's V8 code cache off; DSL_CODE_CACHE=<folder> puts it there.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1+ keeps V8's compiled code of natively loaded modules (jiti, execa) between runs.
module.enableCompileCache?.();
const bundle = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
if (existsSync(`${bundle}cli.cjs`)) {
  const { BundleLoader } = await import('../dist/code-cache/bundle-loader.js');
  const setting = process.env.DSL_CODE_CACHE;
  const loader = BundleLoader.for(bundle, { cacheDir: setting === '0' ? undefined : setting || BundleLoader.defaultCacheDir(bundle) });
  const cli = loader.require('cli.cjs');
  cli.useCoreModule(`${bundle}core.mjs`);
  process.exitCode = await cli.main(process.argv.slice(2));
  loader.saveCodeCache();
  if (process.env.DSL_DEBUG) process.stderr.write(`dsl code cache: ${JSON.stringify(loader.report)}\n`);
} else {
  const cli = await import('../dist/cli.js');
  process.exitCode = await cli.main(process.argv.slice(2));
}
