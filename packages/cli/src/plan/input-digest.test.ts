import { chmodSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildContext, image, secret, ssh, sshAgent, stage, toDockerfile, type Image } from '@dockerdsl/core';
import { collectImageInputs, inputDigest, secretIds, type ImageInputs } from './input-digest.js';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dsl-digest-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const build = stage('build', { from: 'local/debian:bookworm' })
  .copy('.', '/src')
  .run('make', { mounts: [secret('npm-ca', { target: '/run/secrets/npm-ca' }), secret('token', { target: '/run/secrets/token' })] });
const runtime = stage('runtime', { from: 'acme/base:dev' }).copyFrom(build, '/src/out', '/app');
const api: Image = image('api', { stages: [build, runtime], buildArgs: { VERSION: '1' }, dockerignore: ['*.log', 'tmp'] }).toImage();
const files = { 'main.c': 'int main(){}', 'lib/util.c': 'void f(){}', 'debug.log': 'noise', 'tmp/cache': 'x' };
const projectImages = new Map([['acme/base:dev', `sha256:${'a'.repeat(64)}`]]);

function digestOf(root: string, img: Image = api, images = projectImages): string {
  return inputDigest(collectImageInputs({ image: img, dockerfile: toDockerfile(img), contextDir: root, projectImages: images }));
}

describe('collectImageInputs + inputDigest on a real context', () => {
  it('gives the same digest for unchanged inputs, read twice', () => {
    const root = tree(files);
    expect(digestOf(root)).toBe(digestOf(root));
    expect(digestOf(root)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('changes when a file the context sends changes, appears, disappears, is renamed or becomes executable', () => {
    const before = digestOf(tree(files));
    const changes: Array<(root: string) => void> = [
      (root) => writeFileSync(join(root, 'main.c'), 'int main(){return 1;}'),
      (root) => writeFileSync(join(root, 'lib/new.c'), ''),
      (root) => rmSync(join(root, 'lib/util.c')),
      (root) => renameSync(join(root, 'main.c'), join(root, 'start.c')),
      (root) => chmodSync(join(root, 'main.c'), 0o755),
    ];
    for (const change of changes) {
      const root = tree(files);
      expect(digestOf(root)).toBe(before);
      change(root);
      expect(digestOf(root)).not.toBe(before);
    }
  });

  it('does not change when only a file .dockerignore leaves out changes', () => {
    const root = tree(files);
    const before = digestOf(root);
    writeFileSync(join(root, 'debug.log'), 'more noise');
    writeFileSync(join(root, 'tmp/other'), 'y');
    expect(digestOf(root)).toBe(before);
  });

  it('changes with the Dockerfile, the build args, the base images and the digests of project images', () => {
    const root = tree(files);
    const before = digestOf(root);
    const withStep = image('api', { stages: [build.run('make test'), runtime], buildArgs: { VERSION: '1' }, dockerignore: ['*.log', 'tmp'] }).toImage();
    expect(digestOf(root, withStep)).not.toBe(before);
    expect(digestOf(root, { ...api, buildArgs: { VERSION: '2' } })).not.toBe(before);
    const otherBase = image('api', { stages: [stage('build', { from: 'local/debian:trixie' }).copy('.', '/src').run('make', { mounts: [secret('npm-ca', { target: '/run/secrets/npm-ca' }), secret('token', { target: '/run/secrets/token' })] }), runtime], buildArgs: { VERSION: '1' }, dockerignore: ['*.log', 'tmp'] }).toImage();
    expect(digestOf(root, otherBase)).not.toBe(before);
    expect(digestOf(root, api, new Map([['acme/base:dev', `sha256:${'b'.repeat(64)}`]]))).not.toBe(before);
  });
});

describe('collectImageInputs: what is read, named contexts, agents and settings', () => {
  const reader = image('web', { stages: [stage('main', { from: 'local/busybox:latest' }).copy('src/', '/src/').copy('package.json', '/')] }).toImage();
  const project = { 'src/main.js': 'x', 'package.json': '{}', 'README.md': '# web', 'node_modules/a/index.js': 'a' };
  const of = (root: string, img: Image = reader, extra: { settings?: string[] } = {}): string => inputDigest(collectImageInputs({ image: img, dockerfile: toDockerfile(img), contextDir: root, projectImages: new Map(), root, ...extra }));

  it('hashes only the files a COPY reads: others change nothing, and folders no source reaches are not walked', () => {
    const root = tree(project);
    const before = of(root);
    writeFileSync(join(root, 'README.md'), 'edited');
    writeFileSync(join(root, 'node_modules/a/index.js'), 'edited');
    expect(of(root)).toBe(before);
    expect(collectImageInputs({ image: reader, dockerfile: '', contextDir: root, projectImages: new Map() }).context.map((f) => f.path)).toEqual(['package.json', 'src/main.js']);
    writeFileSync(join(root, 'src/main.js'), 'edited');
    expect(of(root)).not.toBe(before);
  });

  it('changes with the files of a folder context, an SSH agent id and the command-line settings', () => {
    const assets = buildContext('assets', { path: 'assets' });
    const withAssets = image('web', { stages: [stage('main', { from: 'local/busybox:latest' }).copyFrom(assets, '/logo.txt', '/logo.txt')] }).toImage();
    const root = tree({ ...project, 'assets/logo.txt': 'v1' });
    const before = of(root, withAssets);
    writeFileSync(join(root, 'assets/logo.txt'), 'v2');
    expect(of(root, withAssets)).not.toBe(before);
    const agent = (id: string): Image => image('web', { stages: [stage('main', { from: 'local/busybox:latest' }).run('git clone x', { mounts: [ssh(sshAgent(id))] })] }).toImage();
    expect(of(root, agent('deploy'))).not.toBe(of(root, agent('other')));
    expect(of(root, reader, { settings: ['platform=linux/arm64'] })).not.toBe(of(root));
  });
});

describe('inputDigest', () => {
  const inputs: ImageInputs = {
    context: [{ path: 'a', kind: 'file', executable: false, sha256: '1' }, { path: 'b', kind: 'file', executable: false, sha256: '2' }],
    dockerfile: 'FROM x\n',
    buildArgs: { A: '1', B: '2' },
    platforms: ['linux/amd64'],
    secretIds: ['npm-ca'],
    baseImages: ['local/debian:bookworm'],
    projectImages: { 'acme/base:dev': 'sha256:1' },
  };
  const base = inputDigest(inputs);

  it('changes when any one input changes', () => {
    const variants: ImageInputs[] = [
      { ...inputs, context: [inputs.context[0]!, { ...inputs.context[1]!, sha256: '3' }] },
      { ...inputs, context: [inputs.context[0]!, { ...inputs.context[1]!, executable: true }] },
      { ...inputs, context: [inputs.context[0]!, { ...inputs.context[1]!, kind: 'symlink' }] },
      { ...inputs, context: [inputs.context[0]!] },
      { ...inputs, dockerfile: 'FROM y\n' },
      { ...inputs, target: 'build' },
      { ...inputs, buildArgs: { A: '1', B: '3' } },
      { ...inputs, buildArgs: { A: '1' } },
      { ...inputs, platforms: ['linux/arm64'] },
      { ...inputs, secretIds: ['npm-ca', 'token'] },
      { ...inputs, baseImages: ['local/debian:bookworm@sha256:00'] },
      { ...inputs, projectImages: { 'acme/base:dev': 'sha256:2' } },
    ];
    const digests = variants.map(inputDigest);
    expect(digests).not.toContain(base);
    expect(new Set(digests).size).toBe(variants.length);
  });

  it('does not depend on the order inputs were gathered in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(Object.entries(inputs.buildArgs), { minLength: 2, maxLength: 2 }), fc.boolean(), (args, flip) => {
        const context = flip ? [...inputs.context].reverse() : inputs.context;
        expect(inputDigest({ ...inputs, buildArgs: Object.fromEntries(args), context, secretIds: [...inputs.secretIds, 'npm-ca'] })).toBe(base);
      }),
    );
  });
});

describe('secretIds', () => {
  it('takes ids, else the last segment of the target, never a value', () => {
    const s = stage('s', { from: 'busybox' }).run('cat /run/secrets/npmrc', { mounts: [{ type: 'secret', target: '/run/secrets/npmrc' }, secret('token', { target: '/run/secrets/token' })] });
    expect(secretIds(image('x', { stages: [s] }).toImage())).toEqual(['npmrc', 'token']);
    expect(secretIds(api)).toEqual(['npm-ca', 'token']);
  });
});
