import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contextFiles, dockerignoreLines, fileFacts, ignoreMatcher } from './context-files.js';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'dsl-ctx-'));
  made.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), content);
  }
  return root;
}

const repo = {
  'package.json': '{}',
  'package-lock.json': '{}',
  'README.md': '# x',
  'apps/api/src/main.ts': '',
  'apps/api/node_modules/x/index.js': '',
  'apps/web/src/main.ts': '',
  'packages/shared/src/index.ts': '',
  'packages/shared/dist/index.js': '',
};

describe('contextFiles', () => {
  it('lists every file the context sends when nothing is ignored', () => {
    expect(contextFiles(tree(repo), [])).toEqual(Object.keys(repo).sort());
  });

  it('applies an allow-list .dockerignore with exceptions and re-exclusions, last line winning', () => {
    const lines = ['*', '!package.json', '!package-lock.json', '!apps/api', '!packages/shared', '**/node_modules', '**/dist'];
    expect(contextFiles(tree(repo), lines)).toEqual(['apps/api/src/main.ts', 'package-lock.json', 'package.json', 'packages/shared/src/index.ts']);
  });

  it('is case-sensitive and ignores comments and blank lines', () => {
    const ignored = ignoreMatcher(['# comment', '', 'readme.md']);
    expect(ignored('README.md')).toBe(false);
    expect(ignored('readme.md')).toBe(true);
  });

  it("prefers the image's own ignore lines over the context's .dockerignore", () => {
    const root = tree({ ...repo, '.dockerignore': 'apps\n' });
    expect(dockerignoreLines({ name: 'x', stages: [] }, root)).toEqual(['apps', '']);
    expect(dockerignoreLines({ name: 'x', stages: [], dockerignore: ['dist'] }, root)).toEqual(['dist']);
  });

  it('describes a file by kind, executable bit and content, and a symlink by its target', () => {
    const root = tree({ 'run.sh': 'echo hi' });
    chmodSync(join(root, 'run.sh'), 0o755);
    symlinkSync('run.sh', join(root, 'link'));
    expect(fileFacts(root, 'run.sh')).toEqual({ kind: 'file', executable: true, content: Buffer.from('echo hi') });
    expect(fileFacts(root, 'link')).toEqual({ kind: 'symlink', executable: false, content: Buffer.from('run.sh') });
  });
});
