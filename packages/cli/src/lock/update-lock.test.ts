import type { ImageLock } from '@dockerdsl/core/tooling';
import { describe, expect, it } from 'vitest';
import { projectReferences } from './project-references.js';
import { lockInUse } from './read-lock.js';
import { RegistryError } from './registry-auth.js';
import type { ResolvedImage } from './registry-client.js';
import { lockDrift, selects, updateLock, type Resolver } from './update-lock.js';

const d = (c: string): string => `sha256:${c.repeat(64)}`;
const manifest = 'application/vnd.oci.image.manifest.v1+json';

/** A registry in memory: tag → resolved image, or the error to throw. */
function registry(tags: Record<string, ResolvedImage | RegistryError>): Resolver & { asked: string[] } {
  const asked: string[] = [];
  const get = (ref: string): ResolvedImage => {
    asked.push(ref);
    const found = tags[ref];
    if (found === undefined) throw new RegistryError('not-found', `no ${ref}`);
    if (found instanceof RegistryError) throw found;
    return found;
  };
  return { asked, resolve: async (ref) => get(ref), digest: async (ref) => get(ref).digest };
}

const images = [
  { name: 'base', tags: ['acme/base:1'], stages: [{ from: 'busybox:1.36', steps: [] }] },
  { name: 'api', tags: ['acme/api:1'], stages: [{ name: 'b', from: 'acme/base:1', steps: [{ kind: 'copy', from: 'debian:12', sources: ['/x'], destination: '/x' }] }, { from: 'b', steps: [] }] },
];
const stacks = [{ name: 'shop', services: { api: { image: 'acme/api:1' }, db: { image: 'busybox:1.36' } } }];
const refs = projectReferences(images, stacks);

describe('projectReferences', () => {
  it('lists external references sorted, with every site, and project images only where Compose runs them', () => {
    expect(refs.map((r) => [r.ref, r.image, r.sites.map((s) => s.path.join('.'))])).toEqual([
      ['acme/api:1', 'api', ['compose.shop.services.api.image']],
      ['busybox:1.36', undefined, ['images.base.stages.0.from', 'compose.shop.services.db.image']],
      ['debian:12', undefined, ['images.api.stages.b.steps.0.from']],
    ]);
  });
});

describe('updateLock', () => {
  const current: ImageLock = { version: 1, images: { 'busybox:1.36': { digest: d('1'), mediaType: manifest, platforms: ['linux/amd64'] }, 'gone:1': { digest: d('9'), mediaType: manifest, platforms: [] } } };

  it('resolves what is missing, keeps what is locked, drops what is unused, and leaves an unpushed project image out with a warning', async () => {
    const reg = registry({ 'debian:12': { digest: d('2'), mediaType: manifest, platforms: ['linux/arm64'] }, 'busybox:1.36': { digest: d('3'), mediaType: manifest, platforms: ['linux/amd64'] } });
    const { lock, changes, diagnostics } = await updateLock(refs, current, reg);
    expect(reg.asked.sort()).toEqual(['acme/api:1', 'debian:12']);
    expect(lock.images).toEqual({ 'busybox:1.36': current.images['busybox:1.36'], 'debian:12': { digest: d('2'), mediaType: manifest, platforms: ['linux/arm64'] } });
    expect(changes.map((c) => [c.ref, c.before?.digest, c.after?.digest])).toEqual([
      ['debian:12', undefined, d('2')],
      ['gone:1', d('9'), undefined],
    ]);
    expect(diagnostics.map((x) => [x.code, x.severity, x.path.join('.')])).toEqual([['DSL5958', 'warning', 'compose.shop.services.api.image']]);
  });

  it('resolves selected references again and records project images with their name', async () => {
    const reg = registry({ 'debian:12': { digest: d('2'), mediaType: manifest, platforms: [] }, 'busybox:1.36': { digest: d('3'), mediaType: manifest, platforms: ['linux/amd64'] }, 'acme/api:1': { digest: d('4'), mediaType: manifest, platforms: ['linux/amd64'] } });
    const { lock, changes } = await updateLock(refs, current, reg, (r) => selects('busybox', r) || selects('api', r));
    expect(lock.images['acme/api:1']).toEqual({ digest: d('4'), mediaType: manifest, platforms: ['linux/amd64'], image: 'api' });
    expect(changes.find((c) => c.ref === 'busybox:1.36')).toMatchObject({ before: { digest: d('1') }, after: { digest: d('3') } });
  });

  it('turns registry failures into coded errors at the first place the reference is written', async () => {
    const reg = registry({ 'busybox:1.36': new RegistryError('auth', 'refused'), 'debian:12': new RegistryError('request', 'down'), 'acme/api:1': new RegistryError('auth', 'refused') });
    const { diagnostics } = await updateLock(refs, undefined, reg);
    expect(diagnostics.map((x) => [x.code, x.path.join('.')])).toEqual([
      ['DSL5955', 'compose.shop.services.api.image'],
      ['DSL5953', 'images.api.stages.b.steps.0.from'],
      ['DSL5955', 'images.base.stages.0.from'],
    ]);
  });
});

describe('lockDrift', () => {
  it('names each moved tag with both digests, and what the lock lacks or holds in excess', async () => {
    const lock: ImageLock = { version: 1, images: { 'busybox:1.36': { digest: d('1'), mediaType: manifest, platforms: [] }, 'old:1': { digest: d('5'), mediaType: manifest, platforms: [] } } };
    const { moved, diagnostics } = await lockDrift(refs, lock, registry({ 'busybox:1.36': { digest: d('7'), mediaType: manifest, platforms: [] } }));
    expect(moved).toEqual([{ ref: 'busybox:1.36', before: d('1'), after: d('7') }]);
    // In the order of the places they point at.
    expect(diagnostics.map((x) => `${x.code} ${x.message}`)).toEqual([
      "DSL5957 'debian:12' is used but not locked",
      `DSL5956 'busybox:1.36' moved: sha256:111111111111 → sha256:777777777777`,
      "DSL5957 'old:1' is locked but no longer used",
    ]);
  });
});

describe('lockInUse', () => {
  it('uses the file\'s lock, an empty one when frozen without a file, and none otherwise', () => {
    const lock: ImageLock = { version: 1, images: {} };
    expect(lockInUse({ lock, diagnostics: [] }, false)).toBe(lock);
    expect(lockInUse({ diagnostics: [] }, true)).toEqual({ version: 1, images: {} });
    expect(lockInUse({ diagnostics: [] }, false)).toBeUndefined();
  });
});
