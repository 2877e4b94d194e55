import { describe, expect, it } from 'vitest';
import { DockerignoreReader, type DockerignoreFs } from './dockerignore-reader.js';

/** An in-memory file system that counts every call. */
function memoryFs(files: Record<string, string>): DockerignoreFs & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    readdir(dir) {
      calls.push(`readdir ${dir}`);
      const prefix = `${dir}/`;
      const names = Object.keys(files).filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'));
      if (names.length === 0) throw new Error(`ENOENT ${dir}`);
      return names.map((f) => f.slice(prefix.length));
    },
    readFile(file) {
      calls.push(`readFile ${file}`);
      const text = files[file];
      if (text === undefined) throw new Error(`ENOENT ${file}`);
      return text;
    },
  };
}

describe('DockerignoreReader', () => {
  it('lists a folder once and reads its .dockerignore once, however many Dockerfiles share it', () => {
    const fs = memoryFs({ '/r/a.Dockerfile': '', '/r/b.Dockerfile': '', '/r/c.Dockerfile': '', '/r/.dockerignore': 'node_modules\n' });
    const reader = new DockerignoreReader(fs);
    for (const name of ['a', 'b', 'c']) expect(reader.linesFor(`/r/${name}.Dockerfile`)).toEqual(['node_modules']);
    expect(fs.calls).toEqual(['readdir /r', 'readFile /r/.dockerignore']);
  });

  it('makes no read at all for Dockerfiles in a folder without ignore files', () => {
    const fs = memoryFs({ '/r/a.Dockerfile': '', '/r/b.Dockerfile': '' });
    const reader = new DockerignoreReader(fs);
    expect(reader.linesFor('/r/a.Dockerfile')).toBeUndefined();
    expect(reader.linesFor('/r/b.Dockerfile')).toBeUndefined();
    expect(fs.calls).toEqual(['readdir /r']);
  });

  it('prefers <Dockerfile>.dockerignore to the folder one, as BuildKit does, and drops blanks and comments', () => {
    const fs = memoryFs({ '/r/api.Dockerfile': '', '/r/api.Dockerfile.dockerignore': '# own rules\r\n\r\n*.md\r\ndist\r\n', '/r/web.Dockerfile': '', '/r/.dockerignore': '.git\n' });
    const reader = new DockerignoreReader(fs);
    expect(reader.linesFor('/r/api.Dockerfile')).toEqual(['*.md', 'dist']);
    expect(reader.linesFor('/r/web.Dockerfile')).toEqual(['.git']);
  });

  it('treats an unlistable folder or an unreadable ignore file as no rules', () => {
    const fs = memoryFs({ '/r/.dockerignore': 'x' });
    fs.readFile = () => {
      throw new Error('EISDIR');
    };
    const reader = new DockerignoreReader(fs);
    expect(reader.linesFor('/r/Dockerfile')).toBeUndefined();
    expect(reader.linesFor('/nowhere/Dockerfile')).toBeUndefined();
  });
});
