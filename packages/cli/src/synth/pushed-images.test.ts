import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PushedImage } from '@dockerdsl/core/tooling';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRecordName, writeBuildRecord } from '../build/build-record.js';
import { tempProject } from '../test-support/temp-project.js';
import { memoryOutput } from '../ui/memory-output.js';
import { main } from '../cli.js';
import { readPushedImages } from './pushed-images.js';

const digest = (c: string): string => `sha256:${c.repeat(64)}`;
const pushedApi: PushedImage = { digest: digest('a'), names: ['127.0.0.1:5000/acme/api:1'], pushed: true };

describe('readPushedImages', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the pushed entries of the record dsl build writes, and only those', () => {
    dir = mkdtempSync(join(tmpdir(), 'dsl-pushed-'));
    expect(readPushedImages(dir)).toEqual({});
    writeBuildRecord(dir, new Map([['api', pushedApi], ['web', { digest: digest('w'), names: ['web:latest'], pushed: false }]]));
    expect(readPushedImages(dir)).toEqual({ api: pushedApi });
    writeFileSync(join(dir, buildRecordName), '{"generator":"dockerdsl","images":{"api":{"digest":"sha256:x","names":[],"pushed":true}}}');
    expect(readPushedImages(dir)).toEqual({});
    writeFileSync(join(dir, buildRecordName), 'not json');
    expect(readPushedImages(dir)).toEqual({});
  });
});

describe('dsl synth and the build record', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());
  const config = `export default {
  outDir: 'out',
  images: [{ name: 'api', tags: ['127.0.0.1:5000/acme/api:1'], stages: [{ from: 'busybox:1.36', steps: [{ kind: 'cmd', command: ['true'] }] }] }],
  compose: [{ name: 'shop', services: { api: { image: '127.0.0.1:5000/acme/api:1' } } }],
};
`;

  it('pins by default, and --no-pin-pushed writes the tag (synth --check agrees with each)', async () => {
    const p = tempProject({ 'dsl.config.mjs': config });
    cleanup = p.remove;
    const out = join(p.dir, 'out');
    expect(await main(['synth'], memoryOutput(p.dir))).toBe(0);
    writeBuildRecord(out, new Map([['api', pushedApi]]));
    expect(await main(['synth', '--check'], memoryOutput(p.dir))).toBe(1);
    expect(await main(['synth'], memoryOutput(p.dir))).toBe(0);
    const read = (): string => readFileSync(join(out, 'compose.yaml'), 'utf8');
    expect(read()).toContain(`127.0.0.1:5000/acme/api:1@${digest('a')}`);
    expect(await main(['synth', '--no-pin-pushed', '--check'], memoryOutput(p.dir))).toBe(1);
    expect(await main(['synth', '--no-pin-pushed'], memoryOutput(p.dir))).toBe(0);
    expect(read()).not.toContain('@sha256');
    expect(await main(['synth', '--no-pin-pushed', '--check'], memoryOutput(p.dir))).toBe(0);
  });
});
