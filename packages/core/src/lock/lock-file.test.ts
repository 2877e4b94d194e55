import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyLock, formatLock, parseLock, type ImageLock, type LockEntry } from './lock-file.js';

const index = 'application/vnd.oci.image.index.v1+json';
const d = (n: number): string => `sha256:${n.toString(16).padStart(64, '0')}`;
const entry = (n: number, platforms = ['linux/arm64', 'linux/amd64']): LockEntry => ({ digest: d(n), mediaType: index, platforms });

function lockOf(images: Record<string, LockEntry>): ImageLock {
  return { version: 1, images };
}

describe('formatLock', () => {
  it('writes sorted keys, sorted entries and sorted platforms, one value per line', () => {
    const text = formatLock(lockOf({ 'debian:bookworm': { ...entry(2), image: undefined as unknown as string }, 'busybox:1.36': entry(1, ['linux/s390x', 'linux/amd64']), 'acme/api:1': { digest: d(3), mediaType: 'application/vnd.oci.image.manifest.v1+json', platforms: ['linux/amd64'], image: 'api' } }));
    expect(text).toBe(`{
  "images": {
    "acme/api:1": {
      "digest": "${d(3)}",
      "image": "api",
      "mediaType": "application/vnd.oci.image.manifest.v1+json",
      "platforms": [
        "linux/amd64"
      ]
    },
    "busybox:1.36": {
      "digest": "${d(1)}",
      "mediaType": "${index}",
      "platforms": [
        "linux/amd64",
        "linux/s390x"
      ]
    },
    "debian:bookworm": {
      "digest": "${d(2)}",
      "mediaType": "${index}",
      "platforms": [
        "linux/amd64",
        "linux/arm64"
      ]
    }
  },
  "version": 1
}
`);
  });

  it('sorts by code units, not by locale: upper case before lower case, digits before letters', () => {
    const text = formatLock(lockOf({ 'b/x:1': entry(1), 'B/x:1': entry(2), '1/x:1': entry(3), 'a/x:1': entry(4) }));
    expect([...text.matchAll(/^ {4}"([^"]+)": \{/gm)].map((m) => m[1])).toEqual(['1/x:1', 'B/x:1', 'a/x:1', 'b/x:1']);
  });

  it('is independent of insertion order and reads back to itself', () => {
    const ref = fc.stringMatching(/^[a-z0-9][a-z0-9./:-]{0,20}$/);
    const anEntry = fc.record({ digest: fc.integer({ min: 0, max: 1e9 }).map(d), mediaType: fc.constant(index), platforms: fc.uniqueArray(fc.constantFrom('linux/amd64', 'linux/arm64', 'linux/arm/v7', 'windows/amd64')) });
    fc.assert(
      fc.property(fc.dictionary(ref, anEntry), (images) => {
        const text = formatLock(lockOf(images));
        const reversed = formatLock(lockOf(Object.fromEntries(Object.entries(images).reverse())));
        expect(reversed).toBe(text);
        const back = parseLock(text, 'dsl.lock.json');
        expect(back.diagnostics).toEqual([]);
        expect(formatLock(back.lock!)).toBe(text);
      }),
    );
  });

  it('changes only the lines of the entry whose digest moved', () => {
    const before = formatLock(lockOf({ 'a:1': entry(1), 'b:1': entry(2), 'c:1': entry(3) })).split('\n');
    const after = formatLock(lockOf({ 'a:1': entry(1), 'b:1': entry(9), 'c:1': entry(3) })).split('\n');
    const changed = after.flatMap((line, i) => (line !== before[i] ? [line.trim()] : []));
    expect(changed).toEqual([`"digest": "${d(9)}",`]);
  });
});

describe('merging lock files with git', () => {
  const merge = (base: ImageLock, ours: ImageLock, theirs: ImageLock): { conflicts: number; text: string } => {
    const dir = mkdtempSync(join(tmpdir(), 'dsl-lock-merge-'));
    try {
      const files = { base: join(dir, 'base'), ours: join(dir, 'ours'), theirs: join(dir, 'theirs') };
      writeFileSync(files.base, formatLock(base));
      writeFileSync(files.ours, formatLock(ours));
      writeFileSync(files.theirs, formatLock(theirs));
      try {
        execFileSync('git', ['merge-file', files.ours, files.base, files.theirs], { stdio: 'pipe' });
        return { conflicts: 0, text: readFileSync(files.ours, 'utf8') };
      } catch (error) {
        return { conflicts: (error as { status: number }).status, text: readFileSync(files.ours, 'utf8') };
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const base = lockOf({ 'a:1': entry(1), 'b:1': entry(2), 'c:1': entry(3) });

  it('merges two branches that moved neighbouring entries', () => {
    const result = merge(base, lockOf({ ...base.images, 'a:1': entry(11) }), lockOf({ ...base.images, 'b:1': entry(12) }));
    expect(result.conflicts).toBe(0);
    expect(result.text).toBe(formatLock(lockOf({ 'a:1': entry(11), 'b:1': entry(12), 'c:1': entry(3) })));
  });

  it('merges two branches that added references at different places', () => {
    const result = merge(base, lockOf({ ...base.images, 'aa:1': entry(21) }), lockOf({ ...base.images, 'bb:1': entry(22) }));
    expect(result.conflicts).toBe(0);
    expect(result.text).toBe(formatLock(lockOf({ ...base.images, 'aa:1': entry(21), 'bb:1': entry(22) })));
  });

  it('merges a moved entry with a removed one', () => {
    const result = merge(base, lockOf({ 'a:1': entry(1), 'b:1': entry(2) }), lockOf({ ...base.images, 'a:1': entry(31) }));
    expect(result.conflicts).toBe(0);
    expect(result.text).toBe(formatLock(lockOf({ 'a:1': entry(31), 'b:1': entry(2) })));
  });

  it('leaves a real conflict (both moved the same tag) to be reported as DSL5952', () => {
    const result = merge(base, lockOf({ ...base.images, 'b:1': entry(41) }), lockOf({ ...base.images, 'b:1': entry(42) }));
    expect(result.conflicts).toBe(1);
    expect(parseLock(result.text, 'dsl.lock.json').diagnostics.map((x) => x.code)).toEqual(['DSL5952']);
  });
});

describe('parseLock', () => {
  it('reads an empty lock', () => {
    expect(parseLock(formatLock(emptyLock()), 'dsl.lock.json')).toEqual({ lock: emptyLock(), diagnostics: [] });
  });

  it('reports text that is not JSON with the line', () => {
    const [diagnostic] = parseLock('{\n  "images": {\n  ,\n}\n', 'dsl.lock.json').diagnostics;
    expect(diagnostic).toMatchObject({ code: 'DSL1050', severity: 'error', source: { file: 'dsl.lock.json', line: 3 } });
  });

  it('reports the wrong shape with the path of the bad value', () => {
    const { diagnostics } = parseLock(JSON.stringify({ version: 1, images: { 'a:1': { digest: 'nope', mediaType: index, platforms: [] } } }), 'dsl.lock.json');
    expect(diagnostics).toMatchObject([{ code: 'DSL1050', path: ['lock', 'images', 'a:1', 'digest'] }]);
  });

  it('reports a lock written by a newer version', () => {
    expect(parseLock('{"images":{},"version":2}', 'dsl.lock.json').diagnostics).toMatchObject([{ code: 'DSL1051', path: ['lock', 'version'] }]);
  });

  it('reports merge conflict markers at their line', () => {
    const text = '{\n  "images": {\n<<<<<<< ours\n=======\n>>>>>>> theirs\n  },\n  "version": 1\n}\n';
    expect(parseLock(text, 'dsl.lock.json').diagnostics).toMatchObject([{ code: 'DSL5952', source: { line: 3 } }]);
  });
});
