#!/usr/bin/env node
// The `dsl` command: loads the built CLI (dist/bundle/cli.js, one ES module made by
// scripts/bundle-dist.mjs at build time) and hands it the arguments.
import module from 'node:module';

// Node 22.1+ keeps V8's compiled code of the CLI's modules between runs; Node 20 starts without it.
module.enableCompileCache?.();
const { main } = await import('../dist/bundle/cli.js');
process.exitCode = await main(process.argv.slice(2));
