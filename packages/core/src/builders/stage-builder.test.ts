import { describe, expect, it } from 'vitest';
import { compileImage } from '../compile/compile-image.js';
import { cache } from '../instructions/mount.js';
import { sh } from '../model/exec-form.js';
import { sourceOf } from '../model/source-location.js';
import { image } from './image-builder.js';
import type { AnyStage } from './stage-builder.js';
import { renameStage, stage, stageDependencies, toStage } from './stage-factory.js';

describe('stage handles', () => {
  it('are immutable: each method returns a new handle with one more step', () => {
    const base = stage('build', { from: 'golang:1.22' });
    const next = base.workdir('/src');
    expect(toStage(base).steps).toHaveLength(0);
    expect(toStage(next)).toEqual({ name: 'build', from: 'golang:1.22', steps: [{ kind: 'workdir', path: '/src' }] });
  });

  it('branch without seeing each other: handles that extend the same handle keep their own steps', () => {
    const base = stage('b', { from: 'busybox' }).workdir('/w');
    const first = base.run('one');
    const second = base.run('two').run('three');
    const third = first.step({ kind: 'run', command: 'four' }, { kind: 'run', command: 'five' });
    const renamed = renameStage(first, 'c').run('six');
    const commands = (s: AnyStage) => toStage(s).steps.map((st) => (st.kind === 'run' ? st.command : st.kind));
    expect(commands(base)).toEqual(['workdir']);
    expect(commands(first)).toEqual(['workdir', 'one']);
    expect(commands(second)).toEqual(['workdir', 'two', 'three']);
    expect(commands(third)).toEqual(['workdir', 'one', 'four', 'five']);
    expect(commands(renamed)).toEqual(['workdir', 'one', 'six']);
    expect(commands(first.run('seven'))).toEqual(['workdir', 'one', 'seven']);
    // The plain stage is made once: images find a shared dependency by identity.
    expect(toStage(first)).toBe(toStage(first));
  });

  it('produce the same plain objects as the factories for every method', () => {
    const s = stage('all', { from: 'busybox', platform: 'linux/amd64' })
      .arg('V', '1').env({ A: 'b' }).label({ l: 'v' }).workdir('/w').user('app', 'app').shell(['/bin/sh', '-c'])
      .run('make', { mounts: [cache('/c')] }).script('a\nb', { program: 'bash' }).copy('a', 'b').add('u', 'v', { unpack: true })
      .expose([80]).volume('/data').healthcheck(['true'], { retries: 2 }).healthcheckNone().stopsignal('SIGINT')
      .onbuild({ kind: 'run', command: 'x' }).cmd(sh`serve`).entrypoint(['/app']).comment('done');
    expect(toStage(s).steps.map((st) => st.kind)).toEqual([
      'arg', 'env', 'label', 'workdir', 'user', 'shell', 'run', 'run', 'copy', 'add', 'expose', 'volume', 'healthcheck', 'healthcheck', 'stopsignal', 'onbuild', 'cmd', 'entrypoint', 'comment',
    ]);
    expect(compileImage(image('all', { stages: [s] })).ok).toBe(true);
  });

  it('turn handles into { stage } references and remember them as dependencies', () => {
    const deps = stage('deps', { from: 'node:22' });
    const build = stage('build', { from: deps }).run('npm run build', { mounts: [{ type: 'bind', target: '/cache', from: deps }] });
    const runtime = stage('runtime', { from: 'node:22-slim' }).copyFrom(build, '/app/dist', '/app').copy('x', 'y', { from: deps });
    expect(toStage(build).from).toEqual({ stage: 'deps' });
    expect(toStage(runtime).steps[0]).toMatchObject({ from: { stage: 'build' } });
    expect(stageDependencies(runtime).map((d) => d.name)).toEqual(['build', 'deps']);
    expect(stageDependencies(build).map((d) => d.name)).toEqual(['deps']);
  });

  it('can be renamed and changed', () => {
    const s = renameStage(stage('a', { from: 'busybox' }).run('x'), 'b').with({ platform: 'linux/arm64', comment: 'c' });
    expect(toStage(s)).toMatchObject({ name: 'b', from: 'busybox', platform: 'linux/arm64', comment: 'c' });
    expect(s.name).toBe('b');
    expect(s.stage).toBe('b');
  });

  it('record where each step was written', () => {
    const s = stage('loc', { from: 'busybox' }).run('make');
    const where = sourceOf(toStage(s).steps[0]);
    expect(where?.file).toMatch(/stage-builder\.test\.ts$/);
    expect(where?.line).toBeGreaterThan(0);
    expect(sourceOf(toStage(s))?.file).toMatch(/stage-builder\.test\.ts$/);
  });
});
