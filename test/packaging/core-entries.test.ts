import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as main from '@dockerdsl/core';
import * as tooling from '@dockerdsl/core/tooling';

// The built bundle of @dockerdsl/core has two entry points, `.` and `./tooling`. A module both
// import must be in one shared chunk, not copied into each: a copy would hold a second rule
// registry, source-capture switch or class identity, and handles made through one entry would
// not be recognised by the other.
const bundle = fileURLToPath(new URL('../../packages/core/dist/bundle/', import.meta.url));

/** The source modules a bundled file holds, by the `// src/…` marker rolldown writes before each. */
function modulesIn(file: string): string[] {
  return [...readFileSync(join(bundle, file), 'utf8').matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map((m) => m[1]!);
}

describe('the bundle of @dockerdsl/core', () => {
  it('holds each source module once, the modules both entry points use in a chunk they both import', () => {
    expect(existsSync(join(bundle, 'tooling.js')), 'build the packages first (npm test does)').toBe(true);
    const files = readdirSync(bundle).filter((name) => name.endsWith('.js'));
    const seen = new Map<string, string>();
    for (const file of files) {
      for (const module of modulesIn(file)) {
        expect(seen.get(module), `${module} is bundled into both ${seen.get(module)} and ${file}`).toBeUndefined();
        seen.set(module, file);
      }
    }
    const shared = files.filter((name) => name.startsWith('shared-'));
    expect(shared).toHaveLength(1);
    expect(modulesIn(shared[0]!)).toEqual(expect.arrayContaining(['src/model/source-location.ts', 'src/checks/registry.ts', 'src/builders/stage-builder.ts']));
    for (const entry of ['index.js', 'tooling.js']) expect(readFileSync(join(bundle, entry), 'utf8')).toContain(`from "./${shared[0]}"`);
  });

  it('is ASCII text without JSDoc, which Node reads and V8 scans faster at every start', () => {
    for (const file of readdirSync(bundle).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(join(bundle, file), 'utf8');
      expect(text, file).not.toMatch(/[^\x00-\x7f]/);
      expect(text, file).not.toMatch(/^\s*\/\*\*/m);
    }
  });

  it('exports from each bundled entry the same names as from its source', async () => {
    const builtMain = (await import(pathToFileURL(join(bundle, 'index.js')).href)) as object;
    const builtTooling = (await import(pathToFileURL(join(bundle, 'tooling.js')).href)) as object;
    expect(Object.keys(builtMain).sort()).toEqual(Object.keys(main).sort());
    expect(Object.keys(builtTooling).sort()).toEqual(Object.keys(tooling).sort());
  });
});
