#!/usr/bin/env node
// The `dsl` command. Kept tiny: it loads the built CLI — the bundle when the build made one —
// and hands it the arguments.
import { existsSync } from 'node:fs';
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code between runs: most of the cost of loading the bundle.
module.enableCompileCache?.();
const bundle = new URL('../dist/bundle/cli.mjs', import.meta.url);
const cli = existsSync(bundle) ? await import(bundle.href) : await import('../dist/cli.js');
if (existsSync(bundle)) cli.useCoreModule(new URL('../dist/bundle/core.mjs', import.meta.url).pathname);
process.exitCode = await cli.main(process.argv.slice(2));
