import type { TestProject } from 'vitest/node';
import { engineAvailable } from './engine.js';
import { removeRunLeftovers, runPrefix, testRun } from './run-prefix.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run id the global setup chose (tests check their workers share it). */
    dslTestRun: string;
  }
}

/**
 * Gives the whole `vitest run` one id (workers inherit `DSL_TEST_RUN`), and afterwards removes
 * whatever this run's tests left on the engine — only names with this run's prefix.
 */
export function setup(project: TestProject): () => void {
  process.env.DSL_TEST_RUN = testRun;
  project.provide('dslTestRun', testRun);
  return () => {
    if (!engineAvailable()) return;
    const left = removeRunLeftovers(runPrefix);
    const count = Object.values(left).reduce((n, names) => n + names.length, 0);
    if (count > 0) process.stderr.write(`test run ${testRun}: removed ${count} leftover engine objects (${JSON.stringify(left)})\n`);
  };
}
