import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizePythonName, readUvWorkspace, uvMemberClosure } from './uv-workspace.js';
import { tempTrees } from './temp-tree.test-util.js';

const tree = tempTrees('dsl-uv-');

const rootToml = '[project]\nname = "acme"\nversion = "0"\n\n[tool.uv.workspace]\nmembers = ["apps/*", "packages/*"]\nexclude = ["packages/scratch"]\n\n[tool.uv.sources]\nacme-core = { workspace = true }\n';
const members = {
  'apps/api/pyproject.toml': '[project]\nname = "API"\nversion = "0.1.0"\ndependencies = ["Acme_Core>=0.1", "fastapi==0.115.0"]\n\n[dependency-groups]\ndev = ["acme-testing"]\n\n[tool.uv.sources]\nacme-testing = { workspace = true }\n',
  'apps/web/pyproject.toml': '[project]\nname = "web"\nversion = "0.1.0"\ndependencies = ["acme-core"]\n',
  'packages/core/pyproject.toml': '[project]\nname = "acme-core"\nversion = "0.1.0"\ndependencies = ["pydantic>=2"]\n',
  'packages/testing/pyproject.toml': '[project]\nname = "acme-testing"\nversion = "0.1.0"\n',
  'packages/scratch/pyproject.toml': 'this is not toml',
  'packages/notes/README.md': 'no pyproject here\n',
};

describe('readUvWorkspace', () => {
  it('reads the members of [tool.uv.workspace] less exclude, their names and workspace sources, and the lockfile', () => {
    const ws = readUvWorkspace(tree({ 'pyproject.toml': rootToml, 'uv.lock': 'version = 1\n', '.python-version': '3.12\n', ...members }));
    expect(ws.diagnostics).toEqual([]);
    expect(ws.lockfile).toBe('uv.lock');
    expect(ws.rootFiles).toEqual(['pyproject.toml', '.python-version']);
    expect([...ws.members.keys()].sort()).toEqual(['acme-core', 'acme-testing', 'api', 'web']);
    // The root's sources apply to every member; a member adds its own. fastapi is from the index.
    expect(ws.members.get('api')!.internalDependencies).toEqual([
      { name: 'acme-core', spec: 'Acme_Core>=0.1', field: 'dependencies' },
      { name: 'acme-testing', spec: 'acme-testing', field: 'devDependencies' },
    ]);
    expect(uvMemberClosure(ws, 'api').map((m) => m.dir)).toEqual(['packages/core', 'packages/testing', 'apps/api']);
    expect(uvMemberClosure(ws, 'web').map((m) => m.dir)).toEqual(['packages/core', 'apps/web']);
  });

  it('has no lockfile when uv.lock is missing', () => {
    expect(readUvWorkspace(tree({ 'pyproject.toml': rootToml, ...members })).lockfile).toBeUndefined();
  });

  it('reports a root without pyproject.toml or without [tool.uv.workspace] (DSL7042)', () => {
    expect(readUvWorkspace(tree({ 'README.md': '' })).diagnostics.map((d) => d.code)).toEqual(['DSL7042']);
    const [d] = readUvWorkspace(tree({ 'pyproject.toml': '[project]\nname = "solo"\n' })).diagnostics;
    expect(d).toMatchObject({ code: 'DSL7042', source: { line: 1 } });
  });

  it('reports TOML errors with their line (DSL7041), and a member without a name', () => {
    const broken = readUvWorkspace(tree({ 'pyproject.toml': '[tool.uv.workspace]\nmembers = [\n  "apps/*",\n  oops\n]\n' }));
    expect(broken.diagnostics[0]).toMatchObject({ code: 'DSL7041', source: { line: 4 } });
    const nameless = readUvWorkspace(tree({ 'pyproject.toml': '[tool.uv.workspace]\nmembers = ["apps/*"]\n', 'apps/x/pyproject.toml': '[project]\nversion = "1"\n' }));
    expect(nameless.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['DSL7041', 'the uv workspace member in apps/x has no [project] name'],
      ['DSL7003', 'the uv workspace members apps/* match no folder with a pyproject.toml'],
    ]);
  });

  it('reports a workspace source naming no member (DSL7043) at its line, cycles (DSL7005), duplicates (DSL7006) and bad globs (DSL7010)', () => {
    const root = tree({
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["libs/*", "../outside"]\n\n[tool.uv.sources]\na = { workspace = true }\nb = { workspace = true }\nghost = { workspace = true }\n',
      'libs/a/pyproject.toml': '[project]\nname = "a"\ndependencies = [\n  "b",\n  "ghost>=1",\n]\n',
      'libs/b/pyproject.toml': '[project]\nname = "b"\ndependencies = ["a"]\n',
      'libs/c/pyproject.toml': '[project]\nname = "A"\n',
    });
    const ws = readUvWorkspace(root);
    expect(ws.diagnostics.map((d) => d.code).sort()).toEqual(['DSL7005', 'DSL7006', 'DSL7010', 'DSL7043']);
    expect(ws.diagnostics.find((d) => d.code === 'DSL7043')).toMatchObject({ source: { file: join(root, 'libs/a/pyproject.toml'), line: 5, column: 4 }, path: ['workspace', 'members', 'a', 'dependencies', 'ghost'] });
    expect(ws.diagnostics.find((d) => d.code === 'DSL7005')!.message).toContain('a → b → a');
  });

  it('normalizes names as Python packaging compares them', () => {
    expect(normalizePythonName('My_Lib..Core')).toBe('my-lib-core');
  });
});
