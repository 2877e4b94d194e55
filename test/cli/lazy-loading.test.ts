import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dsl, repoRoot } from './run-dsl.js';

// NODE_DEBUG=module makes Node log every CommonJS module it loads; ts-morph and the TypeScript
// compiler are CommonJS, so their absence from the log means they were never loaded.
const heavy = /node_modules[\\/](?:ts-morph|@ts-morph|typescript)[\\/]/;

/** The bundle chunks a run evaluated, from the loader's report that DSL_DEBUG prints. */
function loadedChunks(stderr: string): string[] {
  const report = /^dsl code cache: (.*)$/m.exec(stderr);
  if (!report) throw new Error(`no code cache report in:\n${stderr.slice(-2000)}`);
  const { used, compiled } = JSON.parse(report[1]!) as { used: string[]; compiled: string[] };
  return [...used, ...compiled];
}

describe('what the CLI loads', () => {
  it('never loads ts-morph or the TypeScript compiler to synthesise, and does for import', async () => {
    const example = join(repoRoot, 'examples', 'basic');
    // Through jiti (config cache off), then from the config cache (jiti not loaded at all).
    const synth = await dsl(['synth', '--stdout'], example, { NODE_DEBUG: 'module', DSL_CONFIG_CACHE: '0' });
    expect(synth.exitCode, synth.stderr.slice(-2000)).toBe(0);
    expect(synth.stderr).toMatch(/node_modules[\\/]jiti[\\/]/);
    expect(synth.stderr).not.toMatch(heavy);
    await dsl(['synth', '--stdout'], example);
    const cached = await dsl(['synth', '--stdout'], example, { NODE_DEBUG: 'module', DSL_DEBUG: '1' });
    expect(cached.exitCode).toBe(0);
    expect(cached.stderr).not.toMatch(/node_modules[\\/]jiti[\\/]/);
    expect(cached.stderr).not.toMatch(heavy);
    // The bundle's chunks run through bin/dsl.js's loader, not Node's: its report names them.
    // Synth never evaluates the chunks of the other commands.
    const chunks = loadedChunks(cached.stderr);
    expect(chunks).toContain('cli.cjs');
    expect(chunks.filter((c) => /^(?:build|import|codegen|init|check|ls)-/.test(c))).toEqual([]);
    const imported = await dsl(['import', join(repoRoot, 'test', 'cli', 'fixtures', 'import', 'Dockerfile')], example, { NODE_DEBUG: 'module' });
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain("'imported'");
    expect(imported.stderr).toMatch(heavy);
    const importChunks = loadedChunks((await dsl(['import', join(repoRoot, 'test', 'cli', 'fixtures', 'import', 'Dockerfile')], example, { DSL_DEBUG: '1' })).stderr);
    expect(importChunks.filter((c) => /^(?:import|codegen)-/.test(c))).toHaveLength(2);
  }, 60_000);
});
