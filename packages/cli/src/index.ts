/**
 * @dockerdsl/cli — the `dsl` command as a library: run it, or use its config loader and synth
 * planner from scripts.
 *
 * @example
 * import { main } from '@dockerdsl/cli';
 * process.exitCode = await main(['synth', '--check']);
 */
export { main, version } from './cli.js';
export { findConfig, configNames } from './config/find-config.js';
export { loadConfig } from './config/load-config.js';
export { loadProject, type Project } from './config/load-project.js';
export { ConfigError, configCodeTable, configCodes } from './config/config-error.js';
export { planProject, type ProjectPlanOptions } from './synth/plan-project.js';
export { writeSynth, type WriteReport } from './synth/write-synth.js';
export { checkSynth, staleFiles, type StaleFile } from './synth/stale-files.js';
export { bakeArgs } from './build/bake-args.js';
export { memoryOutput, type MemoryOutput } from './ui/memory-output.js';
export type { Output } from './ui/output.js';
