import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compose } from '@dockerdsl/core';
import { twins } from '@dockerdsl/example-seeds-compose';
import { describe, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { composeConfig } from './support/docker-compose.js';
import { schemaErrors } from './support/schema.js';

const seedDir = join(import.meta.dirname, '../seed-examples');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.compose.yaml')).sort();
const compile = (stack: compose.ComposeStack) => compose.compileCompose(stack, { projectDir: '/p', outDir: '/p' });

/** The seed as docker compose should read it: the fragment completed by the service it names. */
function seedText(file: string): string {
  const text = readFileSync(join(seedDir, file), 'utf8');
  return file === 'depends-on.compose.yaml' ? `${text}  db:\n    image: postgres\n` : text;
}

describe('typed twins of the seed Compose files', () => {
  it('has a twin for every seed', () => {
    expect(Object.keys(twins).sort()).toEqual(seeds);
  });

  for (const file of seeds) {
    it(`${file}: compiles, schema-valid, matching its golden files`, async () => {
      const result = compile(twins[file]!);
      expect(result.ok).toBe(true);
      for (const out of result.files) {
        expect(schemaErrors(out.text), out.path).toEqual([]);
        await expect(out.text).toMatchFileSnapshot(`./__golden__/seeds/${file.replace('.compose.yaml', '')}/${out.path}`);
      }
    });
  }

  it('warns where the seeds keep passwords in the environment, and nowhere else', () => {
    const warned = Object.entries(twins).flatMap(([file, stack]) => compile(stack).diagnostics.map((d) => `${file} ${d.code} ${d.path.at(-1)}`));
    expect(warned).toEqual([
      'custom-network.compose.yaml DSL4013 POSTGRES_PASSWORD',
      'web-db-v3.compose.yaml DSL4013 POSTGRES_PASSWORD',
      'web-db.compose.yaml DSL4013 POSTGRES_PASSWORD',
    ]);
  });
});

describeWithEngine('seed twins mean the same as their seeds to docker compose config', () => {
  for (const file of seeds) {
    it(file, () => {
      const project = 'dsl-test-compose-twins';
      const dirs = ['web'];
      const files = Object.fromEntries(compile(twins[file]!).files.map((f) => [f.path, f.text]));
      const fromTwin = composeConfig(files, { dirs, project });
      const fromSeed = composeConfig({ 'compose.yaml': seedText(file) }, { dirs, project });
      expect(fromTwin).toEqual(fromSeed);
    });
  }
});
