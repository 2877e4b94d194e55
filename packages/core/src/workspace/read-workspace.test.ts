import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DslError } from '../diagnostics/diagnostic.js';
import { workspaceClosure } from './closure.js';
import { readWorkspace } from './read-workspace.js';
import { tempTrees } from './temp-tree.test-util.js';

const tree = tempTrees('dsl-ws-');

const apps = {
  'apps/api/package.json': { name: '@x/api', dependencies: { '@x/shared': '*', ms: '^2.1.3' }, devDependencies: { '@x/config': '*' } },
  'apps/web/package.json': { name: '@x/web', dependencies: { '@x/shared': 'workspace:^' } },
  'packages/shared/package.json': { name: '@x/shared', dependencies: { '@x/config': '1.0.0' } },
  'packages/config/package.json': { name: '@x/config', version: '1.0.0' },
  'packages/config/node_modules/junk/package.json': { name: 'junk' },
};

describe('readWorkspace', () => {
  it('reads npm workspaces: packages by name, folders, internal dependencies and the lockfile', () => {
    const root = tree({ 'package.json': { name: 'root', workspaces: ['apps/*', 'packages/*'] }, 'package-lock.json': '{}', '.npmrc': 'fund=false\n', ...apps });
    const ws = readWorkspace(root);
    expect(ws.diagnostics).toEqual([]);
    expect(ws.manager).toBe('npm');
    expect(ws.lockfile).toBe('package-lock.json');
    expect(ws.rootFiles).toEqual(['package.json', '.npmrc']);
    expect([...ws.packages.keys()].sort()).toEqual(['@x/api', '@x/config', '@x/shared', '@x/web']);
    expect(ws.packages.get('@x/api')!.dir).toBe('apps/api');
    expect(ws.packages.get('@x/api')!.internalDependencies).toEqual([
      { name: '@x/shared', spec: '*', field: 'dependencies' },
      { name: '@x/config', spec: '*', field: 'devDependencies' },
    ]);
  });

  it('gives the transitive closure in build order, dependencies first', () => {
    const ws = readWorkspace(tree({ 'package.json': { workspaces: { packages: ['apps/*', 'packages/*'] } }, 'yarn.lock': '', ...apps }));
    expect(ws.manager).toBe('yarn');
    expect(workspaceClosure(ws, '@x/api').packages.map((p) => p.dir)).toEqual(['packages/config', 'packages/shared', 'apps/api']);
    expect(workspaceClosure(ws, '@x/web').packages.map((p) => p.name)).toEqual(['@x/config', '@x/shared', '@x/web']);
    expect(workspaceClosure(ws, '@x/config').packages.map((p) => p.name)).toEqual(['@x/config']);
  });

  it('reads pnpm-workspace.yaml, with negated globs', () => {
    const root = tree({ 'package.json': { name: 'root' }, 'pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - 'packages/*'\n  - '!apps/web'\n", 'pnpm-lock.yaml': '', ...apps });
    const ws = readWorkspace(root);
    expect(ws.manager).toBe('pnpm');
    expect(ws.lockfile).toBe('pnpm-lock.yaml');
    expect(ws.rootFiles).toEqual(['package.json', 'pnpm-workspace.yaml']);
    expect([...ws.packages.keys()].sort()).toEqual(['@x/api', '@x/config', '@x/shared']);
  });

  it('takes the manager from the packageManager field first', () => {
    const ws = readWorkspace(tree({ 'package.json': { packageManager: 'yarn@4.5.0', workspaces: ['packages/*'] }, 'package-lock.json': '{}', ...apps }));
    expect(ws.manager).toBe('yarn');
    expect(ws.lockfile).toBeUndefined();
  });

  it('reports a workspace: dependency on a missing package at its line in the manifest', () => {
    const root = tree({ 'package.json': { workspaces: ['apps/*', 'packages/*'] }, ...apps, 'apps/web/package.json': '{\n  "name": "@x/web",\n  "dependencies": {\n    "@x/shraed": "workspace:*"\n  }\n}\n' });
    const [d] = readWorkspace(root).diagnostics;
    expect(d).toMatchObject({ code: 'DSL7007', rule: 'MissingWorkspacePackage', source: { file: join(root, 'apps/web/package.json'), line: 4, column: 5 } });
    expect(d!.message).toContain("'@x/shraed'");
  });

  it('reports a cycle with the dependency that closes it', () => {
    const root = tree({
      'package.json': { workspaces: ['packages/*'] },
      'packages/a/package.json': '{\n  "name": "a",\n  "dependencies": { "b": "*" }\n}\n',
      'packages/b/package.json': '{\n  "name": "b",\n  "devDependencies": {\n    "c": "*"\n  }\n}\n',
      'packages/c/package.json': '{ "name": "c", "dependencies": { "a": "workspace:*" } }',
      'packages/d/package.json': '{ "name": "d", "peerDependencies": { "a": "*" }, "dependencies": { "a": "*" } }',
    });
    const diagnostics = readWorkspace(root).diagnostics;
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'DSL7005', message: expect.stringContaining('a → b → c → a'), source: { file: join(root, 'packages/a/package.json'), line: 3, column: 21 } });
  });

  it('reports a root without package.json, a manifest that does not parse, a nameless package, a duplicate and a bad glob', () => {
    expect(readWorkspace(tree({ 'x.txt': '' })).diagnostics[0]!.code).toBe('DSL7001');
    const root = tree({
      'package.json': '{\n  "workspaces": [\n    "packages/*",\n    "../outside"\n  ]\n}\n',
      'packages/bad/package.json': '{ "name": "bad", }',
      'packages/anon/package.json': { version: '1.0.0' },
      'packages/one/package.json': { name: 'same' },
      'packages/two/package.json': { name: 'same' },
    });
    const codes = readWorkspace(root).diagnostics.map((d) => [d.code, d.source?.line]);
    expect(codes).toEqual([['DSL7010', 4], ['DSL7004', 1], ['DSL7002', 1], ['DSL7006', 2]]);
  });

  it('reports a root that declares no packages, and pnpm YAML that does not parse', () => {
    expect(readWorkspace(tree({ 'package.json': { name: 'solo' } })).diagnostics.map((d) => d.code)).toEqual(['DSL7003']);
    const ws = readWorkspace(tree({ 'package.json': {}, 'pnpm-workspace.yaml': 'packages:\n  - [unclosed\n' }));
    expect(ws.diagnostics.map((d) => d.code)).toEqual(['DSL7002', 'DSL7003']);
    expect(ws.diagnostics[0]!.source!.file).toMatch(/pnpm-workspace\.yaml$/);
  });
});

describe('workspaceClosure', () => {
  it('throws DSL7008 at the call, with the closest name, for a package the workspace lacks', () => {
    const ws = readWorkspace(tree({ 'package.json': { workspaces: ['apps/*', 'packages/*'] }, ...apps }));
    let error: unknown;
    try {
      workspaceClosure(ws, '@x/apii');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DslError);
    const [d] = (error as DslError).diagnostics;
    expect(d).toMatchObject({ code: 'DSL7008', hint: "did you mean '@x/api'?", source: { file: expect.stringMatching(/read-workspace\.test\.ts$/) } });
  });

  it('throws the workspace errors rather than build on a broken graph', () => {
    const ws = readWorkspace(tree({ 'package.json': { workspaces: ['packages/*'] }, 'packages/a/package.json': { name: 'a', dependencies: { b: 'workspace:*' } } }));
    expect(() => workspaceClosure(ws, 'a')).toThrow(/DSL7007/);
  });
});
