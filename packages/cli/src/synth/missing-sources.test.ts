import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { image, stage, synthProject, type Image } from '@dockerdsl/core';
import { missingContextSources } from './missing-sources.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dsl-missing-sources-'));
  mkdirSync(join(root, 'app/src'), { recursive: true });
  mkdirSync(join(root, 'app/secret'), { recursive: true });
  mkdirSync(join(root, 'apps/api'), { recursive: true });
  mkdirSync(join(root, 'apps/web'), { recursive: true });
  writeFileSync(join(root, 'app/package.json'), '{}');
  writeFileSync(join(root, 'app/src/index.ts'), '');
  writeFileSync(join(root, 'app/secret/key'), '');
  writeFileSync(join(root, 'app/.env'), '');
  writeFileSync(join(root, 'app/.dockerignore'), '.env\nsecret\n');
  writeFileSync(join(root, 'apps/api/main.ts'), '');
  writeFileSync(join(root, 'apps/web/main.ts'), '');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const plain = (built: { toImage(): Image }): Image => built.toImage();
const codes = (images: Image[]) => missingContextSources(images, root).map((d) => ({ path: d.path, message: d.message }));

describe('COPY/ADD sources missing from the build context (DSL5060)', () => {
  it('accepts sources that exist, with a leading ./ or / and a trailing slash', () => {
    const img = plain(image('ok', { context: 'app', stages: [stage('main', { from: 'busybox' }).copy(['package.json', './src/', '/src/index.ts'], '/app/').add('.', '/all/')] }));
    expect(codes([img])).toEqual([]);
  });

  it('warns about a source that does not exist, with path, source location and hint', () => {
    const img = plain(image('api', { context: 'app', stages: [stage('main', { from: 'busybox' }).copy('package.json', '/app/').copy(['src', 'dist'], '/app/')] }));
    const [d, ...rest] = missingContextSources([img], root);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'DSL5060', rule: 'CopySourceNotInContext', severity: 'warning', message: "COPY source 'dist' is not in the build context folder 'app': it does not exist there", path: ['images', 'api', 'stages', 'main', 'steps', 1, 'sources', 1], hint: 'BuildKit fails this COPY: "dist" not found' });
    expect(d!.source?.file).toBe(import.meta.filename);
  });

  it('warns about a source the context .dockerignore excludes', () => {
    const img = plain(image('api', { context: 'app', stages: [stage('main', { from: 'busybox' }).copy('.env', '/app/').add('secret/key', '/k')] }));
    expect(codes([img]).map((d) => d.message)).toEqual(["COPY source '.env' is not in the build context folder 'app': it is excluded by its .dockerignore", "ADD source 'secret/key' is not in the build context folder 'app': it is excluded by its .dockerignore"]);
  });

  it("reads the image's own dockerignore instead of the context's (BuildKit's <Dockerfile>.dockerignore first)", () => {
    const img = plain(image('api', { context: 'app', dockerignore: ['src'], stages: [stage('main', { from: 'busybox' }).copy(['.env', 'src/index.ts'], '/app/')] }));
    expect(codes([img])).toEqual([{ path: ['images', 'api', 'stages', 'main', 'steps', 0, 'sources', 1], message: "COPY source 'src/index.ts' is not in the build context folder 'app': it is excluded by its .dockerignore" }]);
  });

  it('keeps an ignored folder that an exception reopens in part', () => {
    const img = plain(image('api', { dockerignore: ['*', '!apps/api'], stages: [stage('main', { from: 'busybox' }).copy('apps', '/apps/').copy('apps/web', '/web/')] }));
    expect(codes([img])).toEqual([{ path: ['images', 'api', 'stages', 'main', 'steps', 1, 'sources', 0], message: "COPY source 'apps/web' is not in the build context folder '.': it is excluded by its .dockerignore" }]);
  });

  it('skips wildcards and variables', () => {
    const img = plain(image('api', { context: 'app', stages: [stage('main', { from: 'busybox' }).copy(['nothing-*.json', 'dist?', '[ab].txt', '${SRC}', '$DIR/x'], '/app/')] }));
    expect(codes([img])).toEqual([]);
  });

  it('skips COPY --from, ADD of URLs and git sources, and contexts that are not folders', () => {
    const builder = stage('build', { from: 'busybox' });
    const img = plain(image('api', { context: 'app', stages: [builder, stage('main', { from: 'busybox' }).copy('/out/dist', '/app/', { from: builder }).add(['https://example.com/a.tgz', 'git@example.com:acme/x.git'], '/src/')] }));
    const remote = plain(image('remote', { context: 'no-such-folder', stages: [stage('main', { from: 'busybox' }).copy('dist', '/app/')] }));
    expect(codes([img, remote])).toEqual([]);
  });

  it('is reported by synth beside the compiled files when it checks the contexts', () => {
    const img = image('api', { context: 'app', stages: [stage('main', { from: 'busybox' }).copy('dist', '/app/')] });
    const plan = synthProject({ images: [img] }, { configFile: join(root, 'dsl.config.ts'), validateContexts: missingContextSources });
    expect(plan.ok).toBe(true);
    expect(plan.diagnostics.filter((d) => d.code === 'DSL5060').map((d) => d.path)).toEqual([['images', 'api', 'stages', 'main', 'steps', 0, 'sources', 0]]);
  });
});
