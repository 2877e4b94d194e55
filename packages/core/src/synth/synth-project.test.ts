import { describe, expect, it } from 'vitest';
import { buildContext, image, stage, synthProject, type SynthOptions } from '@dockerdsl/core';
import { errorSummary } from '@dockerdsl/core/tooling';

const base = image('base', { stages: [stage('main', { from: 'busybox:1.36' }).workdir('/app')], tags: ['acme/base:dev'] });
const build = stage('build', { from: 'golang:1.22' }).run('go build -o /out/app .');
const api = image('api', {
  stages: [build, stage('runtime', { from: 'acme/base:dev' }).copyFrom(build, '/out/app', '/app').entrypoint(['/app'])],
  context: 'services/api',
  buildArgs: { VERSION: '1.2.3' },
  platforms: ['linux/amd64', 'linux/arm64'],
  cacheFrom: ['type=local,src=/tmp/cache'],
  cacheTo: ['type=local,dest=/tmp/cache'],
  dockerignore: ['.git', '*.md'],
});

describe('synthProject', () => {
  it('lays out a Dockerfile per image, the declared .dockerignore, the bake file and the manifest', () => {
    const plan = synthProject({ images: [base, api] }, { configFile: '/repo/dsl.config.ts' });
    expect(plan.ok).toBe(true);
    expect(plan.outDir).toBe('/repo/.dsl/out');
    expect(plan.files.map((f) => f.path)).toEqual(['api.Dockerfile', 'api.Dockerfile.dockerignore', 'base.Dockerfile', 'docker-bake.json', 'dsl-manifest.json']);
    expect(plan.files.find((f) => f.path === 'api.Dockerfile.dockerignore')!.content).toBe('.git\n*.md\n');
    expect(plan.images.find((i) => i.image.name === 'api')!.dependsOn).toEqual([{ image: 'base', ref: 'acme/base:dev' }]);
  });

  it('writes a bake file with contexts for image-to-image dependencies', async () => {
    const plan = synthProject({ images: [base, api], outDir: 'gen' }, { configFile: '/repo/dsl.config.ts' });
    await expect(plan.files.find((f) => f.path === 'docker-bake.json')!.content).toMatchFileSnapshot('__golden__/two-images.docker-bake.json');
  });

  it('is byte-identical across runs', () => {
    const a = synthProject({ images: [base, api] }, { configFile: '/repo/dsl.config.ts' });
    const b = synthProject({ images: [base, api] }, { configFile: '/repo/dsl.config.ts' });
    expect(b.files).toEqual(a.files);
  });

  it('stops with diagnostics when an image is invalid, and reports duplicate image names', () => {
    const bad = synthProject({ images: [{ name: 'x', stages: [{ steps: [] }] } as never, base, base] }, { configFile: '/repo/dsl.config.ts' });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => d.code)).toContain('DSL5905');
    expect(bad.diagnostics.some((d) => d.code.startsWith('DSL1') && d.path.join('.').startsWith('images.x'))).toBe(true);
  });

  it('lists files in code-unit order, the same on every machine whatever its locale', () => {
    const named = (name: string) => image(name, { stages: [stage('main', { from: 'busybox:1.36' })] });
    const plan = synthProject({ images: [named('api_v2'), named('api-v2')] }, { configFile: '/repo/dsl.config.ts' });
    // localeCompare would put api_v2 first; the manifest has always used code-unit order.
    expect(plan.files.map((f) => f.path)).toEqual(['api-v2.Dockerfile', 'api_v2.Dockerfile', 'docker-bake.json', 'dsl-manifest.json']);
  });

  it('takes an outDir option over the config outDir: absolute, or relative to the config folder', () => {
    expect(synthProject({ images: [base], outDir: 'gen' }, { configFile: '/repo/dsl.config.ts' }).outDir).toBe('/repo/gen');
    expect(synthProject({ images: [base], outDir: 'gen' }, { configFile: '/repo/dsl.config.ts', outDir: 'x' }).outDir).toBe('/repo/x');
    expect(synthProject({ images: [base], outDir: 'gen' }, { configFile: '/repo/dsl.config.ts', outDir: '/work/x' }).outDir).toBe('/work/x');
  });
});

describe('synthProject and the build contexts', () => {
  it('leaves the build contexts on disk to the caller: validateContexts gets the compiled images and the config folder, and its findings come after the project checks', () => {
    const seen: string[][] = [];
    const lost = image('lost', { stages: [stage('main', { from: 'busybox:1.36' }).copyFrom(buildContext('gone', { project: 'nope' }), '/a', '/a')] });
    const result = synthProject({ images: [base, lost] }, {
      configFile: '/repo/dsl.config.ts',
      validateContexts: (images, root) => {
        seen.push([root, ...images.map((i) => i.name)]);
        return [{ code: 'DSL5060', rule: 'CopySourceNotInContext', severity: 'warning', message: 'from the hook', path: ['images', 'base'] }];
      },
    });
    expect(seen).toEqual([['/repo', 'base', 'lost']]);
    // The rules' findings (DSL3xxx) come as each image compiles, before the project's own checks.
    expect(result.diagnostics.map((d) => d.code).filter((c) => !c.startsWith('DSL3'))).toEqual(['DSL2035', 'DSL5060']);
    expect(synthProject({ images: [base] }, { configFile: '/repo/dsl.config.ts' }).diagnostics.filter((d) => d.code === 'DSL5060')).toEqual([]);
  });

  it('still takes the deprecated checkContexts when validateContexts is not given', () => {
    const finding = { code: 'DSL5060', rule: 'CopySourceNotInContext', severity: 'warning' as const, message: 'from the old hook', path: ['images', 'base'] };
    const codes = (options: Partial<SynthOptions>) => synthProject({ images: [base] }, { configFile: '/repo/dsl.config.ts', ...options }).diagnostics.map((d) => d.message).filter((m) => m.startsWith('from the'));
    expect(codes({ checkContexts: () => [finding] })).toEqual(['from the old hook']);
    expect(codes({ checkContexts: () => [finding], validateContexts: () => [{ ...finding, message: 'from the new hook' }] })).toEqual(['from the new hook']);
  });
});

describe('errorSummary', () => {
  it('keeps the first line of the message, names the error class, and drops a parser prefix', () => {
    expect(errorSummary(new TypeError('x is not a function\n    at y'))).toBe('TypeError: x is not a function');
    expect(errorSummary(new Error('ParseError: Unexpected token\n /x.ts:3:5'))).toBe('Unexpected token');
    expect(errorSummary('plain')).toBe('plain');
  });
});
