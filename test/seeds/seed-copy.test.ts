import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const copy = resolve(import.meta.dirname, '../seed-examples');
const candidates = [process.env.DSL_SHARED_DIR, resolve(import.meta.dirname, '../../../shared'), '/work/shared'];
const master = candidates.map((dir) => dir && join(dir, 'seed-examples')).find((dir) => dir && existsSync(dir));
const seedFiles = (dir: string) => readdirSync(dir).filter((f) => /\.(Dockerfile|compose\.yaml)$/.test(f)).sort();

describe('the repository copy of the seed examples', () => {
  test('holds every seed Dockerfile and Compose file', () => {
    const files = seedFiles(copy);
    expect(files.filter((f) => f.endsWith('.Dockerfile'))).toHaveLength(19);
    expect(files.filter((f) => f.endsWith('.compose.yaml'))).toHaveLength(7);
  });

  test('is byte-identical to the workplace master copy where that is present', () => {
    const masterFiles = master ? seedFiles(master) : seedFiles(copy);
    expect(seedFiles(copy)).toEqual(masterFiles);
    for (const file of masterFiles) {
      expect(readFileSync(join(copy, file), 'utf8'), file).toBe(readFileSync(join(master ?? copy, file), 'utf8'));
    }
  });
});
