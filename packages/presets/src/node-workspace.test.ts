import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DslError, readWorkspace, toDockerfile, type Workspace } from '@dockerdsl/core';
import { nodeWorkspaceApp } from './node-workspace.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace(files: Record<string, string | object>): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'dsl-preset-ws-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return readWorkspace(root);
}

const packages = {
  'apps/api/package.json': { name: '@x/api', scripts: { build: 'tsc' }, dependencies: { '@x/shared': '*' } },
  'apps/web/package.json': { name: '@x/web', scripts: { build: 'tsc' }, dependencies: { '@x/shared': '*' } },
  'packages/shared/package.json': { name: '@x/shared', scripts: { build: 'tsc' }, dependencies: { '@x/plain': '*' } },
  'packages/plain/package.json': { name: '@x/plain', main: 'index.js' },
};
const npm = workspace({ 'package.json': { workspaces: ['apps/*', 'packages/*'] }, 'package-lock.json': '{}', '.npmrc': '', ...packages });

describe('nodeWorkspaceApp', () => {
  it('copies the closure manifests first, installs from the root lockfile, builds dependencies first, ships production deps only', async () => {
    const preset = nodeWorkspaceApp({ name: 'api', workspace: npm, package: '@x/api', caSecret: 'npm-ca', ports: [8080] });
    await expect(toDockerfile(preset.image())).toMatchFileSnapshot('__golden__/node-workspace-npm.Dockerfile');
    expect(preset.toImage().dockerignore).toEqual(['*', '!package.json', '!.npmrc', '!package-lock.json', '!packages/plain', '!packages/shared', '!apps/api', '**/node_modules', '**/.git', 'packages/shared/dist', 'apps/api/dist']);
  });

  it("admits nothing of another app: web's closure has web, not api", () => {
    const lines = nodeWorkspaceApp({ name: 'web', workspace: npm, package: '@x/web' }).toImage().dockerignore!;
    expect(lines).toContain('!apps/web');
    expect(lines.some((l) => l.includes('apps/api'))).toBe(false);
    const text = toDockerfile(nodeWorkspaceApp({ name: 'web', workspace: npm, package: '@x/web' }).image());
    expect(text).not.toContain('apps/api');
    expect(text).not.toContain('NODE_EXTRA_CA_CERTS');
  });

  it('uses pnpm with its workspace file, a filtered frozen install and pnpm deploy --prod', async () => {
    const pnpm = workspace({ 'package.json': {}, 'pnpm-workspace.yaml': 'packages:\n  - apps/*\n  - packages/*\n', 'pnpm-lock.yaml': '', ...packages });
    await expect(toDockerfile(nodeWorkspaceApp({ name: 'api', workspace: pnpm, package: '@x/api', caSecret: 'npm-ca' }).image())).toMatchFileSnapshot('__golden__/node-workspace-pnpm.Dockerfile');
  });

  it("uses yarn's immutable install, foreach build and workspaces focus --production", async () => {
    const yarn = workspace({ 'package.json': { packageManager: 'yarn@4.5.3', workspaces: ['apps/*', 'packages/*'] }, 'yarn.lock': '', '.yarnrc.yml': 'nodeLinker: node-modules\n', ...packages });
    const api = nodeWorkspaceApp({ name: 'api', workspace: yarn, package: '@x/api' });
    await expect(toDockerfile(api.image())).toMatchFileSnapshot('__golden__/node-workspace-yarn.Dockerfile');
    // yarn install --immutable refuses a workspace it cannot see: web's manifest is admitted, not web.
    expect(api.toImage().dockerignore).toEqual(['*', '!package.json', '!.yarnrc.yml', '!yarn.lock', '!packages/plain', '!packages/shared', '!apps/api', '!apps/web/package.json', '**/node_modules', '**/.git', 'packages/shared/dist', 'apps/api/dist']);
  });

  it("installs the pnpm or yarn of the root's packageManager field unless a version is given", () => {
    const pnpm = workspace({ 'package.json': { packageManager: 'pnpm@9.12.3+sha512.abc' }, 'pnpm-workspace.yaml': 'packages:\n  - apps/*\n  - packages/*\n', 'pnpm-lock.yaml': '', ...packages });
    expect(toDockerfile(nodeWorkspaceApp({ name: 'api', workspace: pnpm, package: '@x/api' }).image())).toContain(' pnpm@9.12.3\n');
    expect(toDockerfile(nodeWorkspaceApp({ name: 'api', workspace: pnpm, package: '@x/api', pnpmVersion: '9.15.0' }).image())).toContain(' pnpm@9.15.0\n');
    const yarn = workspace({ 'package.json': { packageManager: 'yarn@4.9.1', workspaces: ['apps/*', 'packages/*'] }, 'yarn.lock': '', ...packages });
    expect(toDockerfile(nodeWorkspaceApp({ name: 'api', workspace: yarn, package: '@x/api' }).image())).toContain(' @yarnpkg/cli-dist@4.9.1\n');
  });

  it('builds through turbo when the root has it, with turbo.json and the root sources in the build stage', () => {
    const turbo = workspace({ 'package.json': { workspaces: ['apps/*', 'packages/*'], devDependencies: { turbo: '^2' } }, 'package-lock.json': '{}', 'turbo.json': '{}', 'tsconfig.base.json': '{}', ...packages });
    const text = toDockerfile(nodeWorkspaceApp({ name: 'api', workspace: turbo, package: '@x/api', rootSources: ['tsconfig.base.json'] }).image());
    expect(text).toContain('COPY tsconfig.base.json turbo.json ./');
    expect(text).toContain('RUN npx turbo run build --filter=@x/api...');
    const nx = workspace({ 'package.json': { workspaces: ['apps/*', 'packages/*'], devDependencies: { nx: '^20' } }, 'package-lock.json': '{}', ...packages });
    expect(toDockerfile(nodeWorkspaceApp({ name: 'api', workspace: nx, package: '@x/api' }).image())).toContain('RUN npx nx run @x/api:build');
  });

  it('copies a package without a build script from the context into the runtime, and builds nothing with buildScript false', async () => {
    const text = toDockerfile(nodeWorkspaceApp({ name: 'api', workspace: npm, package: '@x/api', buildScript: false, main: 'server.js' }).image());
    expect(text).not.toContain('npm run');
    expect(text).toContain('COPY apps/api apps/api\nWORKDIR /repo/apps/api');
    // The stage comments say so too: no build step, sources rather than outputs in the runtime.
    await expect(text).toMatchFileSnapshot('__golden__/node-workspace-npm-no-build.Dockerfile');
  });

  it("names the runner in the build stage's comment when the build goes through turbo", async () => {
    const turbo = workspace({ 'package.json': { workspaces: ['apps/*', 'packages/*'], devDependencies: { turbo: '^2' } }, 'package-lock.json': '{}', 'turbo.json': '{}', ...packages });
    await expect(toDockerfile(nodeWorkspaceApp({ name: 'web', workspace: turbo, package: '@x/web', outputs: ['dist', 'public'] }).image())).toMatchFileSnapshot('__golden__/node-workspace-npm-turbo.Dockerfile');
  });

  it('reports an unknown package (DSL7008), a workspace without a lockfile (DSL7009), yarn 1 (DSL7040) and bad parameters as diagnostics', () => {
    const error = (f: () => unknown): DslError => {
      try {
        f();
      } catch (e) {
        if (e instanceof DslError) return e;
        throw e;
      }
      throw new Error('no error');
    };
    expect(error(() => nodeWorkspaceApp({ name: 'api', workspace: npm, package: '@x/apx' })).diagnostics[0]).toMatchObject({ code: 'DSL7008', hint: "did you mean '@x/api'?" });
    const noLock = workspace({ 'package.json': { workspaces: ['apps/*', 'packages/*'] }, ...packages });
    expect(error(() => nodeWorkspaceApp({ name: 'api', workspace: noLock, package: '@x/api' })).diagnostics[0]!.code).toBe('DSL7009');
    expect(error(() => nodeWorkspaceApp({ name: 'api', workspace: npm, package: '@x/api', caSecret: 'a b' })).diagnostics[0]!.path).toEqual(['presets', 'node-workspace', 'caSecret']);
    // yarn 1 has neither `workspaces focus` nor per-workspace frozen installs: from packageManager, or from a v1 lockfile.
    const classic = workspace({ 'package.json': { packageManager: 'yarn@1.22.22', workspaces: ['apps/*', 'packages/*'] }, 'yarn.lock': '', ...packages });
    expect(error(() => nodeWorkspaceApp({ name: 'api', workspace: classic, package: '@x/api' })).diagnostics[0]!.code).toBe('DSL7040');
    const v1Lock = workspace({ 'package.json': { workspaces: ['apps/*', 'packages/*'] }, 'yarn.lock': '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n', ...packages });
    expect(error(() => nodeWorkspaceApp({ name: 'api', workspace: v1Lock, package: '@x/api' })).diagnostics[0]!.code).toBe('DSL7040');
    expect(toDockerfile(nodeWorkspaceApp({ name: 'api', workspace: classic, package: '@x/api', yarnVersion: '4.5.3' }).image())).toContain('@yarnpkg/cli-dist@4.5.3');
  });
});
