import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../packages/cli/src/commands/import.js';
import { UsageError } from '../../packages/cli/src/ui/exit.js';
import { memoryOutput } from '../../packages/cli/src/ui/memory-output.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-import-cmd-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('dsl import command', () => {
  it('prints the module for the given files', async () => {
    const dir = project({ 'api.Dockerfile': 'FROM alpine:3.20 AS base\nCMD ["sh"]\n' });
    const io = memoryOutput(dir);
    expect(await importCommand(['api.Dockerfile'], {}, io)).toBe(0);
    expect(io.stdout()).toContain("export const api = image('api', {");
    expect(io.stdout()).toContain(".cmd(['sh'])");
  });

  it('writes --out atomically and refuses to replace a file without --force', async () => {
    const dir = project({ Dockerfile: 'FROM alpine\nRUN echo hi\n' });
    const io = memoryOutput(dir);
    expect(await importCommand(['Dockerfile'], { out: 'images.ts' }, io)).toBe(0);
    expect(readFileSync(join(dir, 'images.ts'), 'utf8')).toContain(".run('echo hi')");
    await expect(importCommand(['Dockerfile'], { out: 'images.ts' }, memoryOutput(dir))).rejects.toBeInstanceOf(UsageError);
    expect(await importCommand(['Dockerfile'], { out: 'images.ts', force: true }, memoryOutput(dir))).toBe(0);
  });

  it('exits 1 with positioned diagnostics and writes nothing when a file is malformed', async () => {
    const dir = project({ Dockerfile: 'FROM alpine\nRUNN echo\n' });
    const io = memoryOutput(dir);
    expect(await importCommand(['Dockerfile'], { out: 'images.ts' }, io)).toBe(1);
    expect(io.stderr()).toContain('Dockerfile:2:1');
    expect(io.stderr()).toContain('DSL5001');
    expect(existsSync(join(dir, 'images.ts'))).toBe(false);
  });

  it('reports a missing file as DSL5030', async () => {
    const dir = project({});
    const io = memoryOutput(dir);
    expect(await importCommand(['nope.Dockerfile'], {}, io)).toBe(1);
    expect(io.stderr()).toContain('DSL5030');
  });
});
