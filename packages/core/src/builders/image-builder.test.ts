import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileImage, toDockerfile } from '../compile/compile-image.js';
import { image, toImage } from './image-builder.js';
import { stage } from './stage-factory.js';

describe('image()', () => {
  it('brings in the stages a handle depends on, before their first user', () => {
    const deps = stage('deps', { from: 'node:22' }).run('npm ci');
    const build = stage('build', { from: deps }).run('npm run build');
    const runtime = stage('runtime', { from: 'node:22-slim' }).copyFrom(build, '/app/dist', '/app');
    expect(toImage(image('web', { stages: [runtime] })).stages.map((s) => s.name)).toEqual(['deps', 'build', 'runtime']);
  });

  it('prefers a listed stage over the version a handle captured', () => {
    const build = stage('build', { from: 'golang' }).run('a');
    const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/x', '/x');
    const build2 = build.run('b');
    const img = toImage(image('i', { stages: [runtime, build2] }));
    expect(img.stages.map((s) => [s.name, s.steps.length])).toEqual([['runtime', 1], ['build', 2]]);
    expect(toDockerfile(img)).toBe('FROM golang AS build\nRUN a\nRUN b\n\nFROM scratch AS runtime\nCOPY --from=build /x /x\n');
  });

  it('builds stages in order with literal names the type system checks', () => {
    const img = image('api')
      .arg('GO', '1.22')
      .stage('build', 'golang:${GO}', (s) => s.copy('.', '.').run('go build -o /out/app .'))
      .stage('test', { stage: 'build' }, (s) => s.run('go test ./...'))
      .stage('runtime', 'scratch', (s) => s.copyFrom('build', '/out/app', '/app').entrypoint(['/app']))
      .target('runtime')
      .with({ tags: ['acme/api:dev'] });
    const plain = img.toImage();
    expect(plain).toMatchObject({ name: 'api', target: 'runtime', tags: ['acme/api:dev'], args: [{ kind: 'arg', name: 'GO', default: '1.22' }] });
    expect(plain.stages[2]!.steps[0]).toMatchObject({ kind: 'copy', from: { stage: 'build' } });
    expect(img.name).toBe('api');
    expect(toDockerfile(img)).toBe(
      'ARG GO=1.22\n\nFROM golang:${GO} AS build\nCOPY . .\nRUN go build -o /out/app .\n\nFROM build AS test\nRUN go test ./...\n\nFROM scratch AS runtime\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
    );
  });

  it('passes plain objects through toImage', () => {
    const plain = { name: 'p', stages: [{ from: 'busybox', steps: [] }] };
    expect(toImage(plain)).toBe(plain);
  });

  it('points diagnostics for builder-made objects at this test file', () => {
    const bad = stage('b', { from: 'busybox' }).workdir('');
    const result = compileImage(image('bad', { stages: [bad] }));
    expect(result.ok).toBe(false);
    const [d] = result.diagnostics;
    expect(d).toMatchObject({ code: 'DSL1005', path: ['images', 'bad', 'stages', 'b', 'steps', 0, 'path'] });
    expect(d?.source?.file).toMatch(/image-builder\.test\.ts$/);
    const written = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').findIndex((l) => l.includes(".workdir('');")) + 1;
    expect(d?.source?.line).toBe(written);
  });

  it('reports an unnamed stage used as a reference', () => {
    const anon = stage({ from: 'busybox' });
    const user = stage('u', { from: 'busybox' }).copyFrom(anon, '/a', '/b');
    const result = compileImage(image('i', { stages: [user] }));
    expect(result.diagnostics[0]?.path).toEqual(['images', 'i', 'stages', 'u', 'steps', 0, 'from', 'stage']);
  });
});
