import { watch, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dsl } from './run-dsl.js';

// `dsl synth` as separate processes on one output folder: run at once, and killed mid-write.
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-test-synth-proc-'));
  made.push(dir);
  return dir;
}

/** A project whose config lists `count` plain-object images named `<prefix>0…`. */
function project(root: string, prefix: string, count: number): string {
  const dir = join(root, prefix);
  mkdirSync(dir);
  const images = Array.from({ length: count }, (_, i) => `{ name: '${prefix}${i}', stages: [{ from: 'busybox:1.36', steps: [{ kind: 'user', user: 'nobody' }, { kind: 'run', command: 'echo ${i}' }] }] }`);
  writeFileSync(join(dir, 'dsl.config.mjs'), `export default { images: [${images.join(',\n')}] };\n`);
  return dir;
}

describe('dsl synth processes on one folder (built CLI)', { timeout: 180_000 }, () => {
  it('two at once: the second waits for the first, and neither deletes the other project\'s files', async () => {
    const root = scratch();
    const out = join(root, 'out');
    const [a, b] = await Promise.all([dsl(['synth', '--out', out], project(root, 'a', 60)), dsl(['synth', '--out', out], project(root, 'b', 60))]);
    const results = [a, b].sort((x, y) => Number(x.exitCode) - Number(y.exitCode));
    // The first to take the lock owns the folder; the other finds its manifest and refuses to
    // take it over (it was written by another config) — nothing of the first is deleted.
    expect(results[0]!.exitCode, results[0]!.all).toBe(0);
    const files = readdirSync(out);
    const winner = files.includes('a0.Dockerfile') && !files.includes('b0.Dockerfile') ? 'a' : 'b';
    for (let i = 0; i < 60; i++) expect(files).toContain(`${winner}${i}.Dockerfile`);
    expect(results[1]!.exitCode, results[1]!.all).toBe(1);
    expect(results[1]!.all).toContain('dsl-manifest.json');
    expect(files.filter((f) => f.endsWith('.tmp') || f === '.dsl-synth.lock')).toEqual([]);
  });

  it('kill -9 mid-write: the next synth cleans up, takes over the lock and succeeds', async () => {
    const root = scratch();
    const dir = project(root, 'k', 150);
    const out = join(dir, '.dsl', 'out');
    mkdirSync(out, { recursive: true });
    const child = dsl(['synth'], dir);
    // Kill the moment the run takes its lock: it is about to write its 150 files.
    const watcher = watch(out, (_event, name) => {
      if (name === '.dsl-synth.lock') child.kill('SIGKILL');
    });
    const first = await child;
    watcher.close();
    expect(first.signal).toBe('SIGKILL');
    const left = readdirSync(out);
    // The killed run left its lock (its process is gone) and possibly a pending manifest.
    expect(left).toContain('.dsl-synth.lock');
    const second = await dsl(['synth'], dir);
    expect(second.exitCode, second.all).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith('.tmp') || f === '.dsl-synth.lock')).toEqual([]);
    expect(files.filter((f) => f.endsWith('.Dockerfile'))).toHaveLength(150);
    const manifest = JSON.parse(readFileSync(join(out, 'dsl-manifest.json'), 'utf8')) as { state?: string; files: Record<string, string> };
    expect(manifest.state).toBeUndefined();
    expect(Object.keys(manifest.files)).toHaveLength(151);
    expect(existsSync(join(out, 'k0.Dockerfile'))).toBe(true);
  });
});
