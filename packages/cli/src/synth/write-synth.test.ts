import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { image, stage, synthProject } from '@dockerdsl/core';
import { tempProject } from '../test-support/temp-project.js';
import { checkSynth, staleFiles } from './stale-files.js';
import { conflictSummary, writeSynth } from './write-synth.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const hello = (msg: string) => image('hello', { stages: [stage('main', { from: 'busybox' }).cmd(['echo', msg])] });
const other = image('other', { stages: [stage('main', { from: 'busybox' }).cmd(['true'])] });

function project(): string {
  const p = tempProject({ 'README.md': '# keep\n' });
  cleanup = p.remove;
  return p.dir;
}

describe('writeSynth', () => {
  it('writes the files and a manifest, then reports them unchanged on a second run', () => {
    const dir = project();
    const plan = synthProject({ images: [hello('hi')], outDir: 'out' }, { configFile: join(dir, 'dsl.config.ts') });
    expect(writeSynth(plan).written).toEqual(['docker-bake.json', 'hello.Dockerfile', 'dsl-manifest.json']);
    expect(readFileSync(join(dir, 'out', 'hello.Dockerfile'), 'utf8')).toContain('CMD ["echo", "hi"]');
    expect(writeSynth(plan)).toMatchObject({ written: [], unchanged: ['docker-bake.json', 'hello.Dockerfile', 'dsl-manifest.json'] });
    expect(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('removes only the files its previous manifest lists', () => {
    const dir = project();
    const config = join(dir, 'dsl.config.ts');
    writeSynth(synthProject({ images: [hello('hi'), other], outDir: 'out' }, { configFile: config }));
    writeFileSync(join(dir, 'out', 'notes.txt'), 'mine\n');
    const report = writeSynth(synthProject({ images: [hello('hi')], outDir: 'out' }, { configFile: config }));
    expect(report.removed).toEqual(['other.Dockerfile']);
    expect(existsSync(join(dir, 'out', 'other.Dockerfile'))).toBe(false);
    expect(readFileSync(join(dir, 'out', 'notes.txt'), 'utf8')).toBe('mine\n');
  });

  it('refuses to overwrite a file it did not write, writing nothing, unless forced', () => {
    const dir = project();
    const plan = synthProject({ images: [hello('hi'), other], outDir: '.' }, { configFile: join(dir, 'dsl.config.ts') });
    writeFileSync(join(dir, 'hello.Dockerfile'), 'FROM handmade\n');
    expect(writeSynth(plan).conflicts).toEqual(['hello.Dockerfile']);
    expect(readFileSync(join(dir, 'hello.Dockerfile'), 'utf8')).toBe('FROM handmade\n');
    expect(existsSync(join(dir, 'other.Dockerfile'))).toBe(false);
    expect(writeSynth(plan, { force: true }).conflicts).toEqual([]);
    expect(readFileSync(join(dir, 'hello.Dockerfile'), 'utf8')).toContain('busybox');
  });
});

describe('conflicts with another project', () => {
  it('names the config whose manifest claims the folder, and says plainly when no manifest does', () => {
    const dir = project();
    writeSynth(synthProject({ images: [hello('hi')], outDir: '../out' }, { configFile: join(dir, 'a', 'dsl.config.ts') }));
    const report = writeSynth(synthProject({ images: [hello('bye')], outDir: '../out' }, { configFile: join(dir, 'b', 'dsl.config.ts') }));
    expect(report.conflicts).toContain('hello.Dockerfile');
    expect(report.claimedBy).toBe(join(dir, 'a', 'dsl.config.ts'));
    expect(conflictSummary(report, 'out', (p) => p.slice(dir.length + 1))).toBe('files another config wrote (a/dsl.config.ts): out/hello.Dockerfile, out/dsl-manifest.json');
    expect(conflictSummary({ conflicts: ['x.Dockerfile'] }, 'out', (p) => p)).toBe('files dsl did not write: out/x.Dockerfile');
  });
});

describe('staleFiles', () => {
  it('keeps its deprecated name checkSynth', () => {
    expect(checkSynth).toBe(staleFiles);
  });

  it('finds nothing stale after a write, and a diff after the definitions change', () => {
    const dir = project();
    const config = join(dir, 'dsl.config.ts');
    writeSynth(synthProject({ images: [hello('hi'), other], outDir: 'out' }, { configFile: config }));
    expect(staleFiles(synthProject({ images: [hello('hi'), other], outDir: 'out' }, { configFile: config }), dir)).toEqual([]);
    const stale = staleFiles(synthProject({ images: [hello('bye')], outDir: 'out' }, { configFile: config }), dir);
    expect(stale.map((s) => `${s.path} ${s.state}`)).toEqual(['docker-bake.json changed', 'hello.Dockerfile changed', 'dsl-manifest.json changed', 'other.Dockerfile extra']);
    const diff = stale.find((s) => s.path === 'hello.Dockerfile')!.diff;
    expect(diff).toContain('--- a/out/hello.Dockerfile');
    expect(diff).toContain('-CMD ["echo", "hi"]');
    expect(diff).toContain('+CMD ["echo", "bye"]');
  });
});
