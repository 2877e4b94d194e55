import { buildContext, buildSecret, compose, image, secret, ssh, sshAgent, stage } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';
import { describeWithEngine } from '../support/engine.js';
import { composeConfig } from './support/docker-compose.js';
import { schemaErrors } from './support/schema.js';

const npmToken = buildSecret('npm_token', { env: 'NPM_TOKEN' });
const ca = buildSecret('ca', { file: 'certs/ca.pem' });
const base = image('base', { stages: [stage('main', { from: 'busybox:1.36' })] });
const web = image('web', {
  stages: [
    stage('main', { from: 'busybox:1.36' })
      .run('npm ci', { mounts: [secret(npmToken, { target: '/run/secrets/npm_token' }), secret(ca, { target: '/etc/ssl/ca.pem' }), ssh(sshAgent())] })
      .run('wget -q http://127.0.0.1/', { network: 'host' })
      .copyFrom(buildContext('assets', { path: 'shared/assets' }), '/', '/assets')
      .copyFrom(buildContext('basetree', { project: base }), '/etc', '/base-etc'),
  ],
  inputs: { entitlements: ['network.host'] },
});
const stack: compose.ComposeStack = {
  name: 'shop',
  services: { base: { build: { image: base.toImage() } }, web: { build: { image: web.toImage() } } },
  secrets: { db_password: { file: 'secrets/db.txt' } },
};

describe('build inputs in Compose', () => {
  const result = compose.compileCompose(stack, { projectDir: '/repo', outDir: 'docker' });

  it('writes build.secrets, build.ssh, build.additional_contexts, build.entitlements and top-level secrets', async () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    await expect(result.files[0]!.text).toMatchFileSnapshot('./__golden__/build-inputs/compose.yaml');
    expect(schemaErrors(result.files[0]!.text)).toEqual([]);
  });

  it('read back by dsl check and dsl import as the same build keys, with no findings', () => {
    const read = compose.readCompose(result.files[0]!.text);
    expect(read.diagnostics).toEqual([]);
    expect(compose.checkStack(read.stack!, [])).toEqual([]);
    expect(read.stack!.services.web!.build).toMatchObject({ secrets: ['npm_token', 'ca'], ssh: ['default'], additionalContexts: { assets: '../shared/assets', basetree: 'service:base' }, entitlements: ['network.host'] });
  });
});

describeWithEngine('build inputs in Compose, read by docker compose', () => {
  it('are accepted and keep the secret a source, never a value', () => {
    const result = compose.compileCompose(stack, { projectDir: '/repo', outDir: 'docker' });
    const config = composeConfig({ 'docker/compose.yaml': result.files[0]!.text, 'certs/ca.pem': 'x', 'secrets/db.txt': 'x' }, { dirs: ['shared/assets'] }) as { services: Record<string, { build: Record<string, unknown> }>; secrets: Record<string, unknown> };
    expect(config.services.web!.build).toMatchObject({ secrets: [{ source: 'npm_token' }, { source: 'ca' }], additional_contexts: { basetree: 'service:base' }, entitlements: ['network.host'] });
    expect(Object.keys(config.secrets).sort()).toEqual(['ca', 'npm_token']);
  });
});
