import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dsl, repoRoot } from './run-dsl.js';

// NODE_DEBUG=module makes Node log every CommonJS module it loads; ts-morph and the TypeScript
// compiler are CommonJS, so their absence from the log means they were never loaded.
const heavy = /node_modules[\\/](?:ts-morph|@ts-morph|typescript)[\\/]/;

describe('what the CLI loads', () => {
  it('never loads ts-morph or the TypeScript compiler to synthesise, and does for import', async () => {
    const example = join(repoRoot, 'examples', 'basic');
    const synth = await dsl(['synth', '--stdout'], example, { NODE_DEBUG: 'module' });
    expect(synth.exitCode, synth.stderr.slice(-2000)).toBe(0);
    expect(synth.stderr).toMatch(/node_modules[\\/]jiti[\\/]/);
    expect(synth.stderr).not.toMatch(heavy);
    const imported = await dsl(['import', join(repoRoot, 'test', 'cli', 'fixtures', 'import', 'Dockerfile')], example, { NODE_DEBUG: 'module' });
    expect(imported.exitCode).toBe(0);
    expect(imported.stdout).toContain("'imported'");
    expect(imported.stderr).toMatch(heavy);
  }, 60_000);
});
