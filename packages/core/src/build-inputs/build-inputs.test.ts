import { describe, expect, it } from 'vitest';
import { image } from '../builders/image-builder.js';
import { stage } from '../builders/stage-factory.js';
import { compileImage } from '../compile/compile-image.js';
import { secret, ssh } from '../instructions/mount.js';
import { validateImage } from '../validate/validate.js';
import { buildContext, contextDeclaration } from './build-context.js';
import { imageBuildInputs } from '../resolve/image-build-inputs.js';
import { buildSecret, secretSpec } from './build-secret.js';
import { checkBuildInputs, validateBuildInputs } from '../resolve/validate-build-inputs.js';
import { sshAgent, sshSpec } from './ssh-agent.js';

const npmToken = buildSecret('npm_token', { env: 'NPM_TOKEN' });
const ca = buildSecret('ca', { file: './certs/ca.pem' });
const assets = buildContext('assets', { path: '../shared/assets' });
const agent = sshAgent();

function app() {
  const build = stage('build', { from: 'local/busybox:latest' })
    .run('cat /run/secrets/npm_token', { mounts: [secret(npmToken), secret(ca, { target: '/etc/ssl/ca.pem' }), ssh(agent)] })
    .copyFrom(assets, '/logo.png', '/srv/');
  return image('app', { stages: [build] }).toImage();
}

describe('build input handles', () => {
  it('take the declared id into mounts and carry their source out of sight', () => {
    const img = app();
    const run = img.stages[0]!.steps[0]!;
    expect(run).toMatchObject({ kind: 'run', mounts: [{ type: 'secret', id: 'npm_token' }, { type: 'secret', id: 'ca', target: '/etc/ssl/ca.pem' }, { type: 'ssh' }] });
    expect(JSON.stringify(run)).not.toContain('NPM_TOKEN');
    expect(contextDeclaration(assets)).toEqual({ name: 'assets', path: '../shared/assets' });
    expect(imageBuildInputs(img)).toEqual({ secrets: [npmToken, ca], ssh: [{ id: 'default' }], contexts: [{ name: 'assets', path: '../shared/assets' }], entitlements: [] });
  });

  it('compile to the Dockerfile mounts and buildx specs', () => {
    const result = compileImage(app());
    expect(result.ok && result.dockerfile).toContain('RUN --mount=type=secret,id=npm_token --mount=type=secret,target=/etc/ssl/ca.pem,id=ca --mount=type=ssh cat /run/secrets/npm_token');
    expect(result.ok && result.dockerfile).toContain('COPY --from=assets /logo.png /srv/');
    expect(result.diagnostics).toEqual([]);
    expect(secretSpec(npmToken)).toBe('id=npm_token,env=NPM_TOKEN');
    expect(secretSpec(ca, (f) => `/repo/${f}`)).toBe('id=ca,src=/repo/./certs/ca.pem');
    expect(sshSpec(sshAgent('deploy', { paths: ['k1', 'k2'] }))).toBe('deploy=k1,k2');
    expect(sshSpec(agent)).toBe('default');
  });

  it('are declared explicitly on plain images too (JSON configs)', () => {
    const plain = { name: 'p', inputs: { secrets: [{ id: 'tok', file: 'tok.txt' }], contexts: [{ name: 'base', project: 'base' }], entitlements: ['network.host'] }, stages: [{ from: 'busybox', steps: [{ kind: 'run', command: 'x', network: 'host', mounts: [{ type: 'secret', id: 'tok' }] }, { kind: 'copy', sources: ['/a'], destination: '/a', from: { context: 'base' } }] }] };
    expect(validateImage(plain).ok).toBe(true);
    expect(validateBuildInputs(plain as never, ['images', 'p'])).toEqual([]);
  });
});

describe('build input diagnostics', () => {
  const codes = (img: unknown) => validateBuildInputs(img as never, ['images', 'x']).map((d) => [d.code, d.path.join('.')]);
  const plain = (steps: unknown[], inputs?: unknown) => ({ name: 'x', ...(inputs ? { inputs } : {}), stages: [{ name: 'a', from: 'busybox', steps }] });

  it('keep the deprecated name checkBuildInputs for validateBuildInputs', () => {
    expect(checkBuildInputs).toBe(validateBuildInputs);
  });

  it('report undeclared secrets and ssh ids (warnings) and undefined contexts (errors)', () => {
    expect(codes(plain([{ kind: 'run', command: 'x', mounts: [{ type: 'secret', id: 'tok' }, { type: 'secret', target: '/run/npmrc' }, { type: 'ssh' }, { type: 'bind', target: '/s', from: { context: 'srcs' } }] }]))).toEqual([
      ['DSL2030', 'images.x.stages.a.steps.0.mounts.0'],
      ['DSL2030', 'images.x.stages.a.steps.0.mounts.1'],
      ['DSL2031', 'images.x.stages.a.steps.0.mounts.2'],
      ['DSL2032', 'images.x.stages.a.steps.0.mounts.3.from'],
    ]);
    const copy = validateBuildInputs(plain([{ kind: 'copy', sources: ['/a'], destination: '/a', from: { context: 'asets' } }], { contexts: [{ name: 'assets', path: 'a' }] }) as never, []);
    expect(copy).toMatchObject([{ code: 'DSL2032', severity: 'error', hint: "did you mean 'assets'?" }]);
  });

  it('name the declared secret a misspelt secret id is closest to', () => {
    const misspelt = validateBuildInputs(plain([{ kind: 'run', command: 'x', mounts: [{ type: 'secret', id: 'npm_tokn' }, { type: 'secret', id: 'other' }] }], { secrets: [{ id: 'npm_token', env: 'NPM_TOKEN' }, { id: 'ca', file: 'ca.pem' }] }) as never, []);
    expect(misspelt.map((d) => d.hint)).toEqual([
      "did you mean 'npm_token'? (declared: npm_token, ca); better, mount the buildSecret() handle itself",
      'declare it with buildSecret() (a file or an env variable) and mount the handle, or pass it with dsl build --secret',
    ]);
  });

  it('report network=host and security=insecure without the entitlement', () => {
    expect(codes(plain([{ kind: 'run', command: 'x', network: 'host' }, { kind: 'run', command: 'y', security: 'insecure' }]))).toEqual([
      ['DSL2033', 'images.x.stages.a.steps.0.network'],
      ['DSL2033', 'images.x.stages.a.steps.1.security'],
    ]);
    expect(codes(plain([{ kind: 'run', command: 'x', network: 'host' }], { entitlements: ['network.host'] }))).toEqual([]);
  });

  it('report one id declared with two sources', () => {
    expect(codes(plain([], { secrets: [{ id: 't', env: 'A' }, { id: 't', file: 'f' }], contexts: [{ name: 'c', path: 'a' }, { name: 'c', path: 'a' }] }))).toEqual([['DSL2034', 'images.x.inputs.secrets.1']]);
  });

  it('stop compilation on errors, before any file is written', () => {
    const result = compileImage(plain([{ kind: 'run', command: 'x', network: 'host' }]));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['DSL2033']);
  });

  it('validate sources: exactly one per secret and context', () => {
    const bad = { name: 'x', inputs: { secrets: [{ id: 't', env: 'A', file: 'f' }], contexts: [{ name: 'c' }] }, stages: [{ from: 'busybox', steps: [] }] };
    const result = validateImage(bad);
    expect(result.ok ? [] : result.diagnostics.map((d) => d.code)).toEqual(['DSL1040', 'DSL1041']);
  });
});
