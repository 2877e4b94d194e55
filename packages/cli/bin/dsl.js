#!/usr/bin/env node
// The `dsl` command. Kept tiny: it loads the built CLI and hands it the arguments.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
