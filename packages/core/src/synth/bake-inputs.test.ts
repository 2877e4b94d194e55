import { describe, expect, it } from 'vitest';
import { buildContext, buildSecret, image, secret, ssh, sshAgent, stage, synthProject } from '@dockerdsl/core';

const npmToken = buildSecret('npm_token', { env: 'NPM_TOKEN' });
const ca = buildSecret('ca', { file: 'certs/ca.pem' });
const deploy = sshAgent('deploy', { paths: ['keys/deploy'] });
const base = image('base', { stages: [stage('main', { from: 'busybox:1.36' })], tags: ['acme/base:dev'] });
const baseTree = buildContext('basetree', { project: base });
const protos = buildContext('protos', { git: 'https://example.com/acme/protos.git#v1' });
const assets = buildContext('assets', { path: '../shared/assets' });
const tools = buildContext('tools', { image: 'acme/tools:1' });
const app = image('app', {
  stages: [
    stage('main', { from: 'busybox:1.36' })
      .run('npm ci', { mounts: [secret(npmToken, { target: '/run/secrets/npm_token' }), secret(ca, { target: '/etc/ssl/ca.pem' }), ssh(deploy)] })
      .run('ping -c1 example.com', { network: 'host' })
      .copyFrom(protos, '/', '/protos')
      .copyFrom(assets, '/', '/assets')
      .copyFrom(tools, '/bin/tool', '/bin/')
      .copyFrom(baseTree, '/etc/os-release', '/base-release'),
  ],
  inputs: { entitlements: ['network.host'] },
  supplyChain: { sbom: true, provenance: 'max', annotations: { 'org.opencontainers.image.source': 'https://example.com/acme/app', 'index:org.opencontainers.image.vendor': 'Acme' } },
});

describe('build inputs in the bake file', () => {
  const plan = synthProject({ images: [base, app] }, { configFile: '/repo/dsl.config.ts' });

  it('writes secrets as sources, ssh, contexts, entitlements and supply chain per target', async () => {
    expect(plan.diagnostics.filter((d) => d.severity === 'error' || d.code.startsWith('DSL203'))).toEqual([]);
    await expect(plan.files.find((f) => f.path === 'docker-bake.json')!.content).toMatchFileSnapshot('__golden__/build-inputs.docker-bake.json');
    await expect(plan.files.find((f) => f.path === 'app.Dockerfile')!.content).toMatchFileSnapshot('__golden__/build-inputs.app.Dockerfile');
  });

  it('builds the project image a context names first', () => {
    expect(plan.images.find((i) => i.image.name === 'app')!.dependsOn).toEqual([{ image: 'base', ref: 'basetree' }]);
  });

  it('reports a context naming a project image that does not exist', () => {
    const lost = image('lost', { stages: [stage('main', { from: 'busybox:1.36' }).copyFrom(buildContext('gone', { project: 'nope' }), '/a', '/a')] });
    const bad = synthProject({ images: [lost] }, { configFile: '/repo/dsl.config.ts' });
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.path.join('.')])).toEqual([['DSL2035', 'images.lost.stages.main.steps.0.from']]);
  });
});
