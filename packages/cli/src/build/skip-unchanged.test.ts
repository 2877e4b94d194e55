import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { image, stage, toDockerfile } from '@dockerdsl/core';
import { type BakeImage } from '@dockerdsl/core/tooling';
import { noBuildFlags } from './build-flags.js';
import { imageSettings, inputDigestLabel, projectInputDigests } from './input-digests.js';
import { decideSkips, involvedImages, skipSets, type SkipDecision } from './skip-unchanged.js';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const baseImage = image('base', { tags: ['reg.example:5000/acme/base:1'], stages: [stage('main', { from: 'local/busybox:latest' }).copy('base/', '/base/')] }).toImage();
const appImage = image('app', { tags: ['reg.example:5000/acme/app:1'], stages: [stage('main', { from: 'reg.example:5000/acme/base:1' }).copy('app/', '/app/')] }).toImage();
const toolImage = image('tool', { tags: ['acme/tool:1'], stages: [stage('main', { from: 'local/busybox:latest' })] }).toImage();

/** A project on disk: the generated Dockerfiles and a context with `base/` and `app/`. */
function project(): { root: string; images: BakeImage[] } {
  const root = mkdtempSync(join(tmpdir(), 'dsl-skip-'));
  made.push(root);
  for (const dir of ['base', 'app', 'out']) mkdirSync(join(root, dir));
  writeFileSync(join(root, 'base', 'b.txt'), 'b');
  writeFileSync(join(root, 'app', 'a.txt'), 'a');
  const item = (img: typeof baseImage, dependsOn: BakeImage['dependsOn']): BakeImage => {
    writeFileSync(join(root, 'out', `${img.name}.Dockerfile`), toDockerfile(img));
    return { image: img, dockerfile: join(root, 'out', `${img.name}.Dockerfile`), dependsOn };
  };
  return { root, images: [item(baseImage, []), item(appImage, [{ image: 'base', ref: 'reg.example:5000/acme/base:1' }]), item(toolImage, [])] };
}

describe('projectInputDigests', () => {
  it('carries a change of a project image into the digests of the images built FROM it, and no further', () => {
    const { root, images } = project();
    const before = projectInputDigests(images, root, []);
    writeFileSync(join(root, 'base', 'b.txt'), 'changed');
    const after = projectInputDigests(images, root, []);
    expect(after.get('base')).not.toBe(before.get('base'));
    expect(after.get('app')).not.toBe(before.get('app'));
    expect(after.get('tool')).toBe(before.get('tool'));
    writeFileSync(join(root, 'app', 'a.txt'), 'changed');
    expect(projectInputDigests(images, root, []).get('base')).toBe(after.get('base'));
  });

  it('changes every digest with the settings that change images, and gives none when inputs cannot be read', () => {
    const { root, images } = project();
    const plain = projectInputDigests(images, root, []);
    const arm = projectInputDigests(images, root, imageSettings({ ...noBuildFlags, platforms: ['linux/arm64'] }));
    for (const name of ['base', 'app', 'tool']) expect(arm.get(name)).not.toBe(plain.get(name));
    expect(imageSettings({ ...noBuildFlags, set: ['*.args.X=1'], sbom: 'true', provenance: 'mode=max', secrets: [{ id: 'a', env: 'A' }], cacheTo: ['type=inline'] })).toEqual(['set=*.args.X=1', 'sbom=true', 'provenance=mode=max']);
    rmSync(images[0]!.dockerfile);
    const broken = projectInputDigests(images, root, []);
    expect(broken.get('base')).toBeUndefined();
    expect(broken.get('app')).toBeUndefined();
    expect(broken.get('tool')).toBe(plain.get('tool'));
  });
});

describe('decideSkips', () => {
  it('looks up the selected images and their project dependencies, unless a flag turns skipping off', async () => {
    const { root, images } = project();
    const asked: string[][] = [];
    const digests = projectInputDigests(images, root, []);
    const read = async (tags: readonly string[]) => (asked.push([...tags]), new Map(tags.map((t) => [t, { digest: 'sha256:img', labels: { [inputDigestLabel]: digests.get(t.includes('base') ? 'base' : 'app')! } }] as const)));
    const decision = await decideSkips({ selected: [images[1]!], all: images, root, flags: noBuildFlags, skip: true, env: {}, read });
    expect(asked).toEqual([['reg.example:5000/acme/base:1', 'reg.example:5000/acme/app:1']]);
    expect([...decision.unchanged.keys()]).toEqual(['base', 'app']);
    const forced = await decideSkips({ selected: images, all: images, root, flags: noBuildFlags, skip: false, env: {}, read });
    expect(forced.blocker).toBe('--no-skip');
    expect(forced.unchanged.size).toBe(0);
    expect(forced.digests.get('app')).toBe(digests.get('app'));
  });
});

describe('skipSets and involvedImages', () => {
  const { images } = { images: [baseImage, appImage, toolImage].map((img) => ({ image: img, dockerfile: `/out/${img.name}.Dockerfile`, dependsOn: img.name === 'app' ? [{ image: 'base', ref: 'reg.example:5000/acme/base:1' }] : [] })) };
  const digests = new Map([['base', 'sha256:b'], ['app', 'sha256:a'], ['tool', 'sha256:t']]);

  it('labels the targets and the dependencies bake builds with them', () => {
    const decision: SkipDecision = { digests, unchanged: new Map([['base', { digest: 'sha256:img', names: ['reg.example:5000/acme/base:1'], pushed: false }]]) };
    expect(skipSets(['app'], images, decision)).toEqual([`app.labels.${inputDigestLabel}=sha256:a`, `base.labels.${inputDigestLabel}=sha256:b`]);
    expect(involvedImages([images[1]!], images).map((i) => i.image.name)).toEqual(['base', 'app']);
  });

  it('hands an unchanged dependency found in the registry to its dependents by digest, and does not build it', () => {
    const decision: SkipDecision = { digests, unchanged: new Map([['base', { digest: 'sha256:img', names: ['reg.example:5000/acme/base:1'], pushed: true }]]) };
    expect(skipSets(['app'], images, decision)).toEqual([`app.labels.${inputDigestLabel}=sha256:a`, 'app.contexts.reg.example:5000/acme/base:1=docker-image://reg.example:5000/acme/base@sha256:img']);
  });
});
