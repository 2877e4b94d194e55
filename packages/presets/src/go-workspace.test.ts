import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DslError, readGoWork, toDockerfile } from '@dockerdsl/core';
import { goWorkspaceApp } from './go-workspace.js';

const root = mkdtempSync(join(tmpdir(), 'dsl-preset-gowork-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files = {
  'go.work': 'go 1.19\n\nuse (\n\t./api\n\t./lib\n\t./other\n)\n',
  'go.work.sum': '',
  'api/go.mod': 'module example.com/app/api\n\nrequire (\n\texample.com/app/lib v0.0.0\n\tgolang.org/x/text v0.14.0\n)\n',
  'api/go.sum': '',
  'lib/go.mod': 'module example.com/app/lib\n',
  'other/go.mod': 'module example.com/app/other\n',
};
for (const [name, content] of Object.entries(files)) {
  mkdirSync(dirname(join(root, name)), { recursive: true });
  writeFileSync(join(root, name), content);
}

describe('goWorkspaceApp', () => {
  it("copies go.work and the closure's manifests first, drops the other modules, builds one static binary", async () => {
    const preset = goWorkspaceApp({ name: 'api', workspace: readGoWork(root), module: 'example.com/app/api', package: './cmd/api' });
    await expect(toDockerfile(preset.image())).toMatchFileSnapshot('__golden__/go-workspace.Dockerfile');
    expect(preset.toImage().dockerignore).toEqual(['*', '!go.work', '!go.work.sum', '!lib', '!api', '**/node_modules', '**/.git']);
  });

  it('names only the steps a closure has: a module without outside requirements downloads nothing', async () => {
    const preset = goWorkspaceApp({ name: 'lib', workspace: readGoWork(root), module: 'example.com/app/lib', caCertificates: false });
    const text = toDockerfile(preset.image());
    expect(text).not.toContain('go mod download');
    await expect(text).toMatchFileSnapshot('__golden__/go-workspace-no-download.Dockerfile');
  });

    it('reports a module the workspace does not have', () => {
    expect(() => goWorkspaceApp({ name: 'api', workspace: readGoWork(root), module: 'example.com/app/apx' })).toThrow(DslError);
  });
});
