import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compose } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';
import { describeWithEngine } from '../../support/engine.js';
import { composeConfig } from '../support/docker-compose.js';
import { schemaErrors } from '../support/schema.js';

const seedDir = join(import.meta.dirname, '../../seed-examples');
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.compose.yaml')).sort();
const layout = { projectDir: '/p', outDir: '/p' };

describe('reading the seed Compose files', () => {
  it('finds them', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of seeds) {
    it(`reads ${file} without errors, and writes it back schema-valid`, () => {
      const result = compose.readCompose(readFileSync(join(seedDir, file), 'utf8'), { file });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);
      expect(schemaErrors(compose.composeYaml(result.stack!, layout))).toEqual([]);
    });
  }

  it('reads its own output back into the same model', () => {
    for (const file of seeds) {
      const first = compose.readCompose(readFileSync(join(seedDir, file), 'utf8')).stack!;
      const again = compose.readCompose(compose.composeYaml(first, layout)).stack!;
      expect(again, file).toEqual(first);
    }
  });

  it("notes the obsolete version key where the seed carries it, at the key's line", () => {
    const result = compose.readCompose(readFileSync(join(seedDir, 'web-db-v3.compose.yaml'), 'utf8'), { file: 'web-db-v3.compose.yaml' });
    expect(result.diagnostics[0]).toMatchObject({ code: 'DSL4104', severity: 'info', source: { file: 'web-db-v3.compose.yaml', line: 1, column: 1 } });
  });
});

describeWithEngine('seed Compose files read and written back mean the same to docker compose', () => {
  it('depends-on.compose.yaml is a fragment: docker compose rejects it, and so does DSL4005', () => {
    const text = readFileSync(join(seedDir, 'depends-on.compose.yaml'), 'utf8');
    expect(() => composeConfig({ 'compose.yaml': text })).toThrow(/depends on undefined service "db"/);
    const result = compose.readCompose(text, { file: 'depends-on.compose.yaml' });
    const [d] = compose.checkStack(result.stack!);
    expect(d).toMatchObject({ code: 'DSL4005', source: { file: 'depends-on.compose.yaml', line: 5 } });
  });

  for (const file of seeds.filter((f) => f !== 'depends-on.compose.yaml')) {
    it(file, () => {
      const text = readFileSync(join(seedDir, file), 'utf8');
      const result = compose.readCompose(text, { file });
      const dirs = ['web'];
      const project = 'dsl-test-compose-seeds';
      const original = composeConfig({ 'compose.yaml': text }, { dirs, project });
      const written = composeConfig({ 'compose.yaml': compose.composeYaml(result.stack!, layout) }, { dirs, project });
      expect(written).toEqual(original);
    });
  }
});
