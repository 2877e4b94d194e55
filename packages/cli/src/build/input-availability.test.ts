import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSecret, image, secret, ssh, stage } from '@dockerdsl/core';
import { type BakeImage } from '@dockerdsl/core/tooling';
import { noBuildFlags } from './build-flags.js';
import { bakeResults, readBuildRecord, writeBuildRecord } from './build-record.js';
import { buildInputDiagnostics } from './input-availability.js';

const root = mkdtempSync(join(tmpdir(), 'dsl-test-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(join(root, 'token.txt'), 'x');
const item = (mounts: unknown[], inputs = {}): BakeImage => ({
  image: image('app', { stages: [stage('main', { from: 'busybox' }).run('make', { mounts: mounts as never })], ...inputs }).toImage(),
  dockerfile: '/x',
  dependsOn: [],
});
const codes = (i: BakeImage, flags = noBuildFlags, env: NodeJS.ProcessEnv = {}, grants = false) => buildInputDiagnostics([i], flags, { root, env, bakeGrantsEntitlements: grants }).map((d) => d.code);

describe('build input checks before a build', () => {
  it('want a source for every secret and ssh mount: declared or from the command line', () => {
    expect(codes(item([secret('tok'), ssh()]))).toEqual(['DSL5933', 'DSL5933']);
    expect(codes(item([secret('tok'), ssh()]), { ...noBuildFlags, secrets: [{ id: 'tok', env: 'T' }], ssh: [{ id: 'default' }] }, { T: '' })).toEqual([]);
    expect(codes(item([secret('tok', { required: false })]))).toEqual([]);
  });

  it('want declared files to exist and variables to be set, without reading them', () => {
    expect(codes(item([secret(buildSecret('tok', { file: 'token.txt' }))]))).toEqual([]);
    expect(codes(item([secret(buildSecret('tok', { file: 'missing.txt' }))]))).toEqual(['DSL5935']);
    expect(codes(item([secret(buildSecret('tok', { env: 'TOKEN' }))]))).toEqual(['DSL5935']);
    expect(codes(item([secret(buildSecret('tok', { env: 'TOKEN' }))]), noBuildFlags, { TOKEN: 'v' })).toEqual([]);
  });

  it('stop security.insecure before buildx 0.17, and warn that network.host then covers the whole image', () => {
    expect(codes(item([], { inputs: { entitlements: ['security.insecure'] } }))).toEqual(['DSL5934']);
    expect(codes(item([], { inputs: { entitlements: ['network.host'] } }))).toEqual(['DSL5936']);
    expect(codes(item([], { inputs: { entitlements: ['network.host', 'security.insecure'] } }))).toEqual(['DSL5934', 'DSL5936']);
    expect(codes(item([], { inputs: { entitlements: ['network.host', 'security.insecure'] } }), noBuildFlags, {}, true)).toEqual([]);
  });
});

describe('build record and metadata', () => {
  it('reads digests and names per target from buildx metadata', () => {
    const built = bakeResults({ api: { 'containerimage.digest': 'sha256:ab', 'image.name': 'r/api:1,r/api:latest' }, 'buildx.build.warnings': [] }, true);
    expect([...built]).toEqual([['api', { digest: 'sha256:ab', names: ['r/api:1', 'r/api:latest'], pushed: true }]]);
  });

  it('keeps the entries of images a later build did not touch', () => {
    writeBuildRecord(root, new Map([['api', { digest: 'sha256:1', names: ['api:1'], pushed: false }], ['web', { digest: 'sha256:2', names: ['web:1'], pushed: false }]]));
    writeBuildRecord(root, new Map([['api', { digest: 'sha256:3', names: ['api:1'], pushed: true }]]));
    expect(readBuildRecord(root)).toEqual({ api: { digest: 'sha256:3', names: ['api:1'], pushed: true }, web: { digest: 'sha256:2', names: ['web:1'], pushed: false } });
  });
});
