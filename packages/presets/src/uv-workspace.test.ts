import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DslError, readUvWorkspace, toDockerfile, type UvWorkspace } from '@dockerdsl/core';
import { uvWorkspaceApp } from './uv-workspace.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function workspace(files: Record<string, string>): UvWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'dsl-preset-uv-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return readUvWorkspace(root);
}

const members = {
  'pyproject.toml': '[tool.uv.workspace]\nmembers = ["apps/*", "packages/*"]\n\n[tool.uv.sources]\nacme-core = { workspace = true }\nacme-util = { workspace = true }\n',
  'apps/api/pyproject.toml': '[project]\nname = "api"\nversion = "0.1.0"\ndependencies = ["acme-core", "fastapi==0.115.0"]\n',
  'apps/worker/pyproject.toml': '[project]\nname = "worker"\nversion = "0.1.0"\ndependencies = ["acme-util"]\n',
  'packages/core/pyproject.toml': '[project]\nname = "acme-core"\nversion = "0.1.0"\ndependencies = ["acme-util"]\n',
  'packages/util/pyproject.toml': '[project]\nname = "acme-util"\nversion = "0.1.0"\n',
};
const uv = workspace({ ...members, 'uv.lock': 'version = 1\n', '.python-version': '3.12\n' });

function diagnosticOf(f: () => unknown): DslError['diagnostics'][number] {
  try {
    f();
  } catch (e) {
    if (e instanceof DslError) return e.diagnostics[0]!;
    throw e;
  }
  throw new Error('no error');
}

describe('uvWorkspaceApp', () => {
  it("syncs the closure's dependencies from uv.lock with its manifests only, then installs the members; the runtime is the venv", async () => {
    const preset = uvWorkspaceApp({ name: 'api', workspace: uv, package: 'api', ports: [8000] });
    await expect(toDockerfile(preset.image())).toMatchFileSnapshot('__golden__/uv-workspace.Dockerfile');
    expect(preset.toImage().dockerignore).toEqual(['*', '!pyproject.toml', '!.python-version', '!uv.lock', '!packages/util', '!packages/core', '!apps/api', '**/node_modules', '**/.git', '**/.venv', '**/__pycache__']);
  });

  it("admits nothing of another member: worker's closure is util and worker", () => {
    const preset = uvWorkspaceApp({ name: 'worker', workspace: uv, package: 'worker', uvImage: false, healthcheck: false, ports: [] });
    const text = toDockerfile(preset.image());
    expect(text).not.toMatch(/apps\/api|packages\/core/);
    expect(text).not.toContain('astral-sh');
    expect(text).toContain('uv sync --frozen --no-dev --no-install-workspace --package worker');
    expect(text).toContain('ENTRYPOINT ["/app/.venv/bin/python", "-m", "worker"]');
    expect(preset.toImage().dockerignore!.filter((l) => l.startsWith('!'))).toEqual(['!pyproject.toml', '!.python-version', '!uv.lock', '!packages/util', '!apps/worker']);
  });

  it('finds a member by its normalized name and runs its module', () => {
    const text = toDockerfile(uvWorkspaceApp({ name: 'core', workspace: uv, package: 'Acme_Core', healthcheck: false }).image());
    expect(text).toContain('--package acme-core');
    expect(text).toContain('"-m", "acme_core"]');
  });

  it('reports an unknown member (DSL7008), a missing uv.lock (DSL7009), workspace errors and bad parameters as diagnostics', () => {
    expect(diagnosticOf(() => uvWorkspaceApp({ name: 'api', workspace: uv, package: 'apx' }))).toMatchObject({ code: 'DSL7008', hint: 'its members: acme-core, acme-util, api, worker' });
    expect(diagnosticOf(() => uvWorkspaceApp({ name: 'api', workspace: workspace(members), package: 'api' })).code).toBe('DSL7009');
    const broken = workspace({ 'pyproject.toml': '[project]\nname = "solo"\n' });
    expect(diagnosticOf(() => uvWorkspaceApp({ name: 'api', workspace: broken, package: 'api' })).code).toBe('DSL7042');
    expect(diagnosticOf(() => uvWorkspaceApp({ name: 'api', workspace: uv, package: 'api', module: '1x' })).path).toEqual(['presets', 'uv-workspace', 'module']);
  });
});
