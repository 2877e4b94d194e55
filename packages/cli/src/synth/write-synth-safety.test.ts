import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecordName } from '../build/build-record.js';
import { hostNetworkOverlayName } from '../build/host-network-overlay.js';
import { compose, image, stage, synthProject } from '@dockerdsl/core';
import { contentHash, manifestName, outputLockName as lockName } from '@dockerdsl/core/tooling';
import { ConfigError } from '../config/config-error.js';
import { tempProject } from '../test-support/temp-project.js';
import { writeSynth } from './write-synth.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const hello = image('hello', { stages: [stage('main', { from: 'busybox:1.36' }).cmd(['true'])] });
const other = image('other', { stages: [stage('main', { from: 'busybox:1.36' }).cmd(['true'])] });

function project(files: Record<string, string> = {}): string {
  const p = tempProject({ 'README.md': '# keep\n', ...files });
  cleanup = p.remove;
  return p.dir;
}

const plan = (dir: string, images = [hello, other], extra: object = {}) => synthProject({ images, outDir: 'out', ...extra }, { configFile: join(dir, 'dsl.config.ts') });
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'out', manifestName), 'utf8')) as { version: number; files: Record<string, string> };

describe('writeSynth owns only what it wrote', () => {
  it('records the hash of every file it wrote', () => {
    const dir = project();
    writeSynth(plan(dir));
    const m = manifest(dir);
    expect(m.version).toBe(2);
    expect(m.files['hello.Dockerfile']).toBe(contentHash(readFileSync(join(dir, 'out', 'hello.Dockerfile'))));
    expect(Object.keys(m.files)).toEqual(['docker-bake.json', 'hello.Dockerfile', 'other.Dockerfile']);
  });

  it('never deletes a file a crafted manifest lists without its hash', () => {
    const dir = project();
    writeSynth(plan(dir));
    writeFileSync(join(dir, 'out', 'precious.txt'), 'mine\n');
    const m = manifest(dir);
    writeFileSync(join(dir, 'out', manifestName), JSON.stringify({ ...m, files: { ...m.files, 'precious.txt': contentHash('something else') } }));
    const report = writeSynth(plan(dir, [hello]));
    expect(report.removed).toEqual(['other.Dockerfile']);
    expect(report.kept).toEqual(['precious.txt']);
    expect(readFileSync(join(dir, 'out', 'precious.txt'), 'utf8')).toBe('mine\n');
  });

  it('keeps a file it wrote once the user has changed it', () => {
    const dir = project();
    writeSynth(plan(dir));
    writeFileSync(join(dir, 'out', 'other.Dockerfile'), 'FROM edited\n');
    expect(writeSynth(plan(dir, [hello])).kept).toEqual(['other.Dockerfile']);
    expect(readFileSync(join(dir, 'out', 'other.Dockerfile'), 'utf8')).toBe('FROM edited\n');
  });

  it('migrates a version 1 manifest: replaces what it plans again, removes nothing it cannot prove', () => {
    const dir = project();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'hello.Dockerfile'), 'FROM old\n');
    writeFileSync(join(dir, 'out', 'gone.Dockerfile'), 'FROM old\n');
    writeFileSync(join(dir, 'out', manifestName), JSON.stringify({ generator: 'dockerdsl', version: 1, files: ['hello.Dockerfile', 'gone.Dockerfile', manifestName] }));
    const report = writeSynth(plan(dir));
    expect(report.conflicts).toEqual([]);
    expect(report.kept).toEqual(['gone.Dockerfile']);
    expect(readFileSync(join(dir, 'out', 'hello.Dockerfile'), 'utf8')).toContain('busybox');
    expect(manifest(dir).version).toBe(2);
  });
});

describe('writeSynth stays inside its output folder', () => {
  it('rejects a stack file outside the folder, over the manifest, or empty (DSL5911), writing nothing', () => {
    const dir = project();
    for (const file of ['../../x.yaml', manifestName, '', lockName, 'sub/x.yaml', buildRecordName, hostNetworkOverlayName]) {
      const stack = compose.stack('web', { file, services: [compose.service('web', { image: 'busybox:1.36' })] });
      const p = plan(dir, [hello], { compose: [stack] });
      expect(p.ok).toBe(false);
      expect(p.diagnostics.find((d) => d.code === 'DSL5911')?.path).toEqual(['compose', 'web', 'file']);
    }
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });

  it('never writes through a symbolic link inside the folder; --force replaces the link itself', () => {
    const dir = project({ 'outside.txt': 'outside\n' });
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'outside.txt'), join(dir, 'out', 'hello.Dockerfile'));
    expect(writeSynth(plan(dir)).conflicts).toEqual(['hello.Dockerfile']);
    writeSynth(plan(dir), { force: true });
    expect(readFileSync(join(dir, 'outside.txt'), 'utf8')).toBe('outside\n');
    expect(readFileSync(join(dir, 'out', 'hello.Dockerfile'), 'utf8')).toContain('busybox');
  });

  it('writes into the folder an output-folder link points to', () => {
    const dir = project();
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'out'));
    writeSynth(plan(dir));
    expect(readdirSync(join(dir, 'real')).sort()).toEqual(['docker-bake.json', manifestName, 'hello.Dockerfile', 'other.Dockerfile']);
  });

  it('reports an output folder that is a file as DSL5910', () => {
    const dir = project({ out: 'a file\n' });
    expect(() => writeSynth(plan(dir))).toThrow(ConfigError);
    try {
      writeSynth(plan(dir));
    } catch (error) {
      expect((error as ConfigError).diagnostic).toMatchObject({ code: 'DSL5910', path: ['outDir'] });
    }
  });
});

describe('writeSynth after an interrupted run', () => {
  it('removes stale temporaries of its own files, and only those', () => {
    const dir = project();
    writeSynth(plan(dir));
    writeFileSync(join(dir, 'out', 'hello.Dockerfile.999999.abc123.tmp'), 'half');
    writeFileSync(join(dir, 'out', 'notes.2024.draft.tmp'), 'mine');
    writeSynth(plan(dir));
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual(['notes.2024.draft.tmp']);
  });

  it('treats a pending manifest as the record of the files the run may have written', () => {
    const dir = project();
    writeSynth(plan(dir, [hello]));
    // The state a run killed after its first file leaves: a pending manifest, a new file.
    const next = plan(dir);
    const otherFile = next.files.find((f) => f.path === 'other.Dockerfile')!;
    writeFileSync(join(dir, 'out', 'other.Dockerfile'), otherFile.content);
    const m = manifest(dir);
    writeFileSync(join(dir, 'out', manifestName), JSON.stringify({ generator: 'dockerdsl', version: 2, state: 'pending', files: { ...Object.fromEntries(Object.entries(m.files).map(([k, v]) => [k, [v]])), 'other.Dockerfile': [contentHash(otherFile.content)] } }));
    expect(writeSynth(plan(dir, [hello])).removed).toEqual(['other.Dockerfile']);
  });

  it('takes over a lock whose process is gone, and fails with DSL5912 while a live one holds it', () => {
    const dir = project();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', lockName), '999999999\n');
    expect(writeSynth(plan(dir)).written).toContain('hello.Dockerfile');
    expect(existsSync(join(dir, 'out', lockName))).toBe(false);
    writeFileSync(join(dir, 'out', lockName), `${process.ppid}\n`);
    try {
      writeSynth(plan(dir, [hello]), { lockTimeoutMs: 200 });
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).diagnostic).toMatchObject({ code: 'DSL5912' });
    }
    expect(existsSync(join(dir, 'out', 'other.Dockerfile'))).toBe(true);
  });
});
