import { describe, expect, it } from 'vitest';
import { buildSecret, image, secret, stage } from '@dockerdsl/core';
import { type BakeImage } from '@dockerdsl/core/tooling';
import { bakeArgs } from './bake-args.js';
import { buildFlagsFromCli, noBuildFlags, parseSecretFlag, parseSshFlag } from './build-flags.js';

const tok = buildSecret('tok', { file: 'tok.txt' });
const base: BakeImage = { image: image('base', { stages: [stage('main', { from: 'busybox' })], cacheFrom: ['type=registry,ref=reg.test/cache:base'] }).toImage(), dockerfile: '/repo/.dsl/out/base.Dockerfile', dependsOn: [] };
const app: BakeImage = { image: image('app', { stages: [stage('main', { from: 'base:latest' }).run('make', { mounts: [secret(tok)] })] }).toImage(), dockerfile: '/repo/.dsl/out/app.Dockerfile', dependsOn: [{ image: 'base', ref: 'base:latest' }] };
const images = [base, app];
const run = { bakeFile: '/repo/.dsl/out/docker-bake.json', targets: ['base', 'app'], images };

describe('bakeArgs', () => {
  it('runs the generated bake file with plain progress and the targets', () => {
    expect(bakeArgs(run, noBuildFlags, '/repo')).toEqual(['buildx', 'bake', '-f', '.dsl/out/docker-bake.json', '--progress', 'plain', 'base', 'app']);
  });

  it('writes buildx flags in bake syntax, merging declared lists with the command line per target', () => {
    const flags = buildFlagsFromCli({ builder: 'k8s', secret: ['id=npm,env=NPM_TOKEN'], cacheFrom: 'type=registry,ref=reg.test/cache:cli', push: true, platform: 'linux/amd64,linux/arm64', sbom: 'true', provenance: 'mode=max', cache: false, pull: true, set: 'app.args.X=1' }, '/work');
    expect(bakeArgs({ ...run, metadataFile: '/tmp/m.json' }, flags, '/repo')).toEqual([
      'buildx', 'bake', '--builder', 'k8s', '-f', '.dsl/out/docker-bake.json', '--progress', 'plain', '--metadata-file', '/tmp/m.json',
      '--set', 'base.secrets=id=npm,env=NPM_TOKEN',
      '--set', 'app.secrets=id=tok,src=tok.txt', '--set', 'app.secrets=id=npm,env=NPM_TOKEN',
      '--set', 'base.cache-from=type=registry,ref=reg.test/cache:base', '--set', 'base.cache-from=type=registry,ref=reg.test/cache:cli',
      '--set', 'app.cache-from=type=registry,ref=reg.test/cache:cli',
      '--set', '*.platform=linux/amd64,linux/arm64',
      '--set', 'app.args.X=1',
      '--push', '--no-cache', '--pull', '--sbom=true', '--provenance=mode=max',
      'base', 'app',
    ]);
  });

  it('lets a command-line secret replace a declared one of the same id, and uses * when nothing is declared', () => {
    const flags = { ...noBuildFlags, secrets: [parseSecretFlag('id=tok,env=TOK', '/w')], cacheTo: ['type=registry,ref=r/c,mode=max'], ssh: [parseSshFlag('default', '/w')] };
    expect(bakeArgs({ ...run, targets: ['app'] }, flags, '/repo')).toEqual(['buildx', 'bake', '-f', '.dsl/out/docker-bake.json', '--progress', 'plain', '--set', '*.secrets=id=tok,env=TOK', '--set', '*.ssh=default', '--set', '*.cache-to=type=registry,ref=r/c,mode=max', 'app']);
  });

  it('loads single-platform results of a non-docker builder, never with another output, and grants entitlements', () => {
    expect(bakeArgs({ ...run, autoLoad: true, allow: ['network.host'] }, noBuildFlags, '/repo')).toEqual(['buildx', 'bake', '-f', '.dsl/out/docker-bake.json', '--progress', 'plain', '--load', '--allow', 'network.host', 'base', 'app']);
    expect(bakeArgs({ ...run, autoLoad: true }, { ...noBuildFlags, outputs: ['type=oci,dest=/tmp/x.tar'] }, '/repo')).toEqual(['buildx', 'bake', '-f', '.dsl/out/docker-bake.json', '--progress', 'plain', '--set', '*.output=type=oci,dest=/tmp/x.tar', 'base', 'app']);
  });

  // Remote drivers cannot run here: the command is what a remote builder gets.
  it('has the same shape for kubernetes, remote and cloud builders (only --builder differs)', () => {
    for (const builder of ['k8s-builder', 'remote-tcp', 'cloud-acme-default']) {
      const args = bakeArgs(run, { ...noBuildFlags, builder, push: true }, '/repo');
      expect(args.slice(0, 4)).toEqual(['buildx', 'bake', '--builder', builder]);
      expect(args).toContain('--push');
      expect(args).not.toContain('--load');
    }
  });
});

describe('build flags', () => {
  it('read --secret and --ssh in buildx syntax, with paths made absolute', () => {
    expect(parseSecretFlag('id=ca,src=certs/ca.pem', '/w')).toEqual({ id: 'ca', file: '/w/certs/ca.pem' });
    expect(parseSecretFlag('type=env,id=t,env=T', '/w')).toEqual({ id: 't', env: 'T' });
    expect(parseSshFlag('deploy=keys/a,/abs/b', '/w')).toEqual({ id: 'deploy', paths: ['/w/keys/a', '/abs/b'] });
  });

  it('reject malformed values as usage errors', () => {
    for (const bad of ['npm', 'id=npm', 'id=npm,src=a,env=B', 'id=x,foo=1', 'type=x,id=a,env=B']) expect(() => parseSecretFlag(bad, '/w'), bad).toThrow(/--secret/);
    expect(() => parseSshFlag('a b', '/w')).toThrow(/--ssh/);
    expect(() => parseSshFlag('deploy=', '/w')).toThrow(/--ssh/);
  });
});
