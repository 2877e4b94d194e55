import { describe, expect, it } from 'vitest';
import { renameStage, stage, toDockerfile } from '@dockerdsl/core';
import { Preset } from './preset.js';

function demo() {
  const build = stage('build', { from: 'golang:1.23' }).workdir('/src').copy('.', '.').run('go build -o /out/app .');
  const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/app', '/app').entrypoint(['/app']);
  return new Preset('demo', { build, runtime }, 'runtime', { tags: ['acme/demo:1'] });
}

describe('Preset', () => {
  it('builds an image whose target is the final stage, written last', () => {
    const img = demo().toImage();
    expect(img.stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    expect(img.target).toBe('runtime');
    expect(img.tags).toEqual(['acme/demo:1']);
  });

  it('changes one stage, keeping its name so references still hold', () => {
    const changed = demo().change('build', (s) => renameStage(s.run('go vet ./...'), 'renamed-by-mistake'));
    const text = toDockerfile(changed.image());
    expect(text).toContain('FROM golang:1.23 AS build');
    expect(text).toContain('RUN go vet ./...');
    expect(text).toContain('COPY --from=build /out/app /app');
    expect(demo().toImage().stages[0]!.steps).toHaveLength(3);
  });

  it('replaces a stage with another handle under the old name', () => {
    const replaced = demo().replace('build', stage('other', { from: 'golang:1.22' }).run('make app'));
    const img = replaced.toImage();
    expect(img.stages[0]).toMatchObject({ name: 'build', from: 'golang:1.22' });
    expect(toDockerfile(replaced.image())).toContain('RUN make app');
  });

  it('adds a stage before the final one, and the final stage stays the target', () => {
    const withTest = demo().add('test', (st) => stage('test', { from: st.build }).run('go test ./...'));
    const img = withTest.toImage();
    expect(img.stages.map((s) => s.name)).toEqual(['build', 'test', 'runtime']);
    expect(img.target).toBe('runtime');
    expect(withTest.stages.test.name).toBe('test');
  });

  it('merges image settings and renames the image', () => {
    const next = demo().withImage({ buildArgs: { V: '1' } }).renamed('demo-debug');
    expect(next.toImage()).toMatchObject({ name: 'demo-debug', tags: ['acme/demo:1'], buildArgs: { V: '1' } });
  });
});
