import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { add } from './add.js';

describe('ADD', () => {
  it('prints URLs, git sources and every ADD flag', () => {
    expect(printStep(add('https://example.com/tool.tgz', '/opt/', { checksum: 'sha256:abc123', chown: 'app', chmod: '0644', link: true, exclude: ['*.md'], unpack: true }))).toBe(
      'ADD --chown=app --chmod=0644 --link --exclude=*.md --checksum=sha256:abc123 --unpack https://example.com/tool.tgz /opt/',
    );
    expect(printStep(add('https://example.com/team/repo.git#v1.2.0', '/src', { keepGitDir: true }))).toBe('ADD --keep-git-dir https://example.com/team/repo.git#v1.2.0 /src');
    expect(printStep(add('app.tar.gz', '/usr/src/app/', { keepGitDir: false, unpack: false }))).toBe('ADD --keep-git-dir=false --unpack=false app.tar.gz /usr/src/app/');
  });

  it('writes inline files as heredocs and odd paths as JSON', () => {
    expect(printStep(add([{ heredoc: { body: 'hi' } }], '/hello.txt'))).toBe('ADD <<EOF /hello.txt\nhi\nEOF');
    expect(printStep(add('a b.tgz', '/opt/'))).toBe('ADD ["a b.tgz", "/opt/"]');
  });

  it('validates its flags', () => {
    expect(stepDiagnostics(add('a', 'b', { checksum: 'sha256:x', keepGitDir: true, unpack: false }))).toEqual([]);
    expect(stepDiagnostics({ kind: 'add', sources: ['a'], destination: 'b', checksum: 'sha 256' })[0]?.code).toBe('DSL1011');
    expect(stepDiagnostics({ kind: 'add', sources: ['a'], destination: 'b', unpack: 'yes' })[0]?.message).toBe("'unpack' must be a boolean, not a string");
    expect(stepDiagnostics({ kind: 'add', sources: ['a'], destination: 'b', parents: true })[0]?.message).toBe("ADD has unknown field 'parents'");
  });
});
