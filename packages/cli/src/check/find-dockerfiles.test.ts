import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findDockerfiles, isDockerfileName } from './find-dockerfiles.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tree(files: readonly string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'dsl-find-dockerfiles-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), 'FROM busybox:1.36\n');
  }
  return dir;
}

const relativeTo = (root: string) => (files: string[]) => files.map((f) => f.slice(root.length + 1));

describe('isDockerfileName', () => {
  it('takes Dockerfile, *.Dockerfile and Dockerfile.* in any case, but not ignore files or look-alikes', () => {
    for (const name of ['Dockerfile', 'dockerfile', 'api.Dockerfile', 'web.dockerfile', 'Dockerfile.dev', 'Dockerfile.prod.arm64']) expect(isDockerfileName(name), name).toBe(true);
    for (const name of ['Dockerfile.dockerignore', 'api.Dockerfile.dockerignore', '.dockerignore', 'Dockerfiles', 'MyDockerfile', 'compose.yaml', 'Dockerfile-old']) expect(isDockerfileName(name), name).toBe(false);
  });
});

describe('findDockerfiles', () => {
  it('walks the folder recursively and returns every Dockerfile in code-unit order', () => {
    const root = tree(['services/web/Dockerfile', 'services/api/Dockerfile.dev', 'services/api/Dockerfile', 'Dockerfile', 'tools/ci.Dockerfile', 'README.md', 'services/api/main.go']);
    expect(relativeTo(root)(findDockerfiles(root))).toEqual(['Dockerfile', 'services/api/Dockerfile', 'services/api/Dockerfile.dev', 'services/web/Dockerfile', 'tools/ci.Dockerfile']);
  });

  it('skips node_modules and .git at any depth, ignore files and Compose files', () => {
    const root = tree(['app/Dockerfile', 'node_modules/pkg/Dockerfile', 'app/node_modules/dep/Dockerfile', '.git/modules/x/Dockerfile', 'app/Dockerfile.dockerignore', 'compose.yaml', 'docker-compose.yml']);
    expect(relativeTo(root)(findDockerfiles(root))).toEqual(['app/Dockerfile']);
  });

  it('follows links to files but not into folders, so a link cycle cannot loop', () => {
    const root = tree(['real/Dockerfile']);
    symlinkSync(join(root, 'real', 'Dockerfile'), join(root, 'linked.Dockerfile'));
    symlinkSync(root, join(root, 'real', 'loop'));
    symlinkSync(join(root, 'missing'), join(root, 'broken.Dockerfile'));
    expect(relativeTo(root)(findDockerfiles(root))).toEqual(['linked.Dockerfile', 'real/Dockerfile']);
  });

  it('does not take a folder named like a Dockerfile for one, and finds nothing in an empty tree', () => {
    const root = tree(['Dockerfile.d/notes.txt']);
    expect(findDockerfiles(root)).toEqual([]);
  });
});
