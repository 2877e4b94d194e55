import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CodeCacheFile } from './code-cache-file.js';

const dirs: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-test-cli-code-cache-file-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const source = Buffer.from('exports.answer = 42;\n');
const data = Buffer.from([1, 2, 3, 4]);

describe('CodeCacheFile', () => {
  it('hands back what was written for the same source', () => {
    const file = new CodeCacheFile(join(scratch(), 'deep', 'cli.cjs.v8'));
    expect(file.read(source)).toBeUndefined();
    expect(file.write(source, () => data)).toBe(true);
    expect(file.read(source)).toEqual(data);
  });

  it('has nothing for other source, even of the same length', () => {
    const file = new CodeCacheFile(join(scratch(), 'cli.cjs.v8'));
    file.write(source, () => data);
    expect(file.read(Buffer.from('exports.answer = 43;\n'))).toBeUndefined();
    expect(file.read(Buffer.from('exports.answer = 4;\n'))).toBeUndefined();
  });

  it('has nothing when another Node version or architecture wrote it', () => {
    const path = join(scratch(), 'cli.cjs.v8');
    new CodeCacheFile(path).write(source, () => data);
    writeFileSync(path, readFileSync(path, 'latin1').replace(process.version, 'v0.0.1'), 'latin1');
    expect(new CodeCacheFile(path).read(source)).toBeUndefined();
  });

  it('has nothing for a truncated or foreign file', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.v8'), 'not a cache');
    expect(new CodeCacheFile(join(dir, 'a.v8')).read(source)).toBeUndefined();
    const whole = join(dir, 'b.v8');
    new CodeCacheFile(whole).write(source, () => Buffer.alloc(0));
    expect(new CodeCacheFile(whole).read(source)).toBeUndefined();
  });

  it('returns false without serialising anything when the folder cannot be written', () => {
    const blocker = join(scratch(), 'file');
    writeFileSync(blocker, '');
    const make = vi.fn(() => data);
    expect(new CodeCacheFile(join(blocker, 'cache', 'cli.cjs.v8')).write(source, make)).toBe(false);
    expect(make).not.toHaveBeenCalled();
  });
});
