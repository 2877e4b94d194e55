import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource } from './read-source.js';

const dir = mkdtempSync(join(tmpdir(), 'dsl-read-source-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readSource', () => {
  it('reads a regular file', () => {
    writeFileSync(join(dir, 'ok.Dockerfile'), 'FROM scratch\n');
    expect(readSource(join(dir, 'ok.Dockerfile'), 'ok.Dockerfile')).toEqual({ ok: true, text: 'FROM scratch\n' });
  });

  // A FIFO with no writer blocks a plain open forever; the test's timeout is the hang guard.
  it('refuses a FIFO without waiting for a writer', { timeout: 5_000 }, () => {
    const fifo = join(dir, 'Dockerfile');
    execFileSync('mkfifo', [fifo]);
    const read = readSource(fifo, 'Dockerfile');
    expect(read).toMatchObject({ ok: false, diagnostic: { code: 'DSL5040', message: 'Dockerfile is a FIFO (named pipe), not a regular file', source: { file: 'Dockerfile', line: 1 } } });
  });

  it('refuses a device such as /dev/zero without reading it', { timeout: 5_000 }, () => {
    expect(readSource('/dev/zero', '/dev/zero')).toMatchObject({ ok: false, diagnostic: { code: 'DSL5040', message: '/dev/zero is a device, not a regular file' } });
  });

  it('refuses a folder', () => {
    mkdirSync(join(dir, 'folder'));
    expect(readSource(join(dir, 'folder'), 'folder')).toMatchObject({ ok: false, diagnostic: { code: 'DSL5040', message: 'folder is a folder, not a regular file' } });
  });

  it('refuses a file over the limit, and reads one at the limit', () => {
    writeFileSync(join(dir, 'big'), 'x'.repeat(1025));
    expect(readSource(join(dir, 'big'), 'big', 1024)).toMatchObject({ ok: false, diagnostic: { code: 'DSL5041' } });
    expect(readSource(join(dir, 'big'), 'big', 1025)).toMatchObject({ ok: true });
  });

  it('reports a missing file as DSL5030', () => {
    expect(readSource(join(dir, 'nope'), 'nope')).toMatchObject({ ok: false, diagnostic: { code: 'DSL5030', message: 'cannot read nope: ENOENT' } });
  });
});
