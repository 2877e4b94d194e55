#!/usr/bin/env node
// The `dsl` command. Kept tiny: it loads the built CLI — the bundle when the build made one —
// and hands it the arguments. CommonJS (see bin/package.json): Node starts a CommonJS entry
// point about 10 ms sooner than an ES module one, a good part of a cold `dsl synth`.
// DSL_CODE_CACHE=0 turns the bundle's V8 code cache off; DSL_CODE_CACHE=<folder> puts it there.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

// Node 22.1+ keeps V8's compiled code of natively loaded modules (jiti, execa) between runs.
require('node:module').enableCompileCache?.();
const bundle = join(__dirname, '..', 'dist', 'bundle');

async function dsl(argv) {
  if (!existsSync(join(bundle, 'cli.cjs'))) return (await import('../dist/cli.js')).main(argv);
  const { BundleLoader } = require(join(bundle, 'loader.cjs'));
  const setting = process.env.DSL_CODE_CACHE;
  const loader = BundleLoader.for(bundle, { cacheDir: setting === '0' ? undefined : setting || BundleLoader.defaultCacheDir(bundle) });
  const cli = loader.require('cli.cjs');
  cli.useCoreModule(join(bundle, 'core.mjs'), () => loader.require('core.cjs'));
  const code = await cli.main(argv);
  loader.saveCodeCache();
  if (process.env.DSL_DEBUG) process.stderr.write(`dsl code cache: ${JSON.stringify(loader.report)}\n`);
  return code;
}

dsl(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
