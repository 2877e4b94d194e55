import { describe, expect, it } from 'vitest';
import { image, stage } from '@dockerdsl/core';
import { type BakeImage } from '@dockerdsl/core/tooling';
import { noBuildFlags } from './build-flags.js';
import { inputDigestLabel } from './input-digests.js';
import { registryLabels, skipBlocker, unchangedImages, type LabelReader } from './unchanged-images.js';

const item = (name: string, tags: string[]): BakeImage => ({ image: image(name, { tags, stages: [stage('main', { from: 'local/busybox:latest' })] }).toImage(), dockerfile: `/out/${name}.Dockerfile`, dependsOn: [] });
const api = item('api', ['acme/api:1', 'acme/api:latest']);
const web = item('web', ['acme/web:1']);
const digests = new Map([['api', 'sha256:in-api'], ['web', 'sha256:in-web']]);

/** A store holding, per tag, an image id and its input-digest label. */
const store = (entries: Record<string, [string, string | undefined]>): LabelReader => async (tags) =>
  new Map(tags.flatMap((t) => (entries[t] ? [[t, { digest: entries[t][0], labels: entries[t][1] ? { [inputDigestLabel]: entries[t][1] } : ({} as Record<string, string>) }] as const] : [])));

describe('skipBlocker', () => {
  it('lets unchanged images be skipped unless a flag asks for a build or an output dsl cannot look into', () => {
    expect(skipBlocker(noBuildFlags, true)).toBeUndefined();
    expect(skipBlocker({ ...noBuildFlags, push: true }, true)).toBeUndefined();
    expect(skipBlocker({ ...noBuildFlags, load: true }, true)).toBeUndefined();
    expect(skipBlocker(noBuildFlags, false)).toBe('--no-skip');
    expect(skipBlocker({ ...noBuildFlags, outputs: ['type=local,dest=out'] }, true)).toBe('--output');
    expect(skipBlocker({ ...noBuildFlags, noCache: true }, true)).toBe('--no-cache');
    expect(skipBlocker({ ...noBuildFlags, pull: true }, true)).toBe('--pull');
  });
});

describe('unchangedImages', () => {
  it('skips an image only when every tag names one image labelled with the digest computed now', async () => {
    const same = store({ 'acme/api:1': ['sha256:id1', 'sha256:in-api'], 'acme/api:latest': ['sha256:id1', 'sha256:in-api'], 'acme/web:1': ['sha256:id2', 'sha256:in-web'] });
    const found = await unchangedImages([api, web], digests, same, false);
    expect([...found]).toEqual([['api', { digest: 'sha256:id1', names: ['acme/api:1', 'acme/api:latest'], pushed: false }], ['web', { digest: 'sha256:id2', names: ['acme/web:1'], pushed: false }]]);
  });

  it('builds an image whose label differs, is missing, whose tag is missing, whose tags disagree, or whose digest is unknown', async () => {
    const cases: [string, LabelReader, Map<string, string | undefined>][] = [
      ['another input digest', store({ 'acme/api:1': ['sha256:id1', 'sha256:old'], 'acme/api:latest': ['sha256:id1', 'sha256:old'] }), digests],
      ['no label', store({ 'acme/api:1': ['sha256:id1', undefined], 'acme/api:latest': ['sha256:id1', undefined] }), digests],
      ['one tag missing', store({ 'acme/api:1': ['sha256:id1', 'sha256:in-api'] }), digests],
      ['tags on different images', store({ 'acme/api:1': ['sha256:id1', 'sha256:in-api'], 'acme/api:latest': ['sha256:id9', 'sha256:in-api'] }), digests],
      ['inputs unreadable', store({ 'acme/api:1': ['sha256:id1', 'sha256:in-api'], 'acme/api:latest': ['sha256:id1', 'sha256:in-api'] }), new Map([['api', undefined]])],
    ];
    for (const [why, read, known] of cases) expect((await unchangedImages([api], known, read, false)).has('api'), why).toBe(false);
  });
});

describe('registryLabels', () => {
  it('reads every tag and leaves out those the registry cannot answer for', async () => {
    const read = registryLabels({ labels: async (ref) => (ref === 'r/a:1' ? { digest: 'sha256:m', labels: { x: 'y' } } : Promise.reject(new Error('404'))) });
    expect([...(await read(['r/a:1', 'r/b:1']))]).toEqual([['r/a:1', { digest: 'sha256:m', labels: { x: 'y' } }]]);
  });
});
