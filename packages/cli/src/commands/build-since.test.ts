import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { memoryOutput } from '../ui/memory-output.js';

// Plain-object images (no imports), so the project works in any folder; the tags are unique
// so no image of that name is in the local store and nothing is skipped.
const stamp = `${process.pid}-${Date.now()}`;
const config = `const base = { name: 'base', tags: ['dsl-test-since-${stamp}/base:1'], stages: [{ name: 'main', from: 'busybox:1.36', steps: [{ kind: 'copy', sources: ['base'], destination: '/base' }] }] };
const app = { name: 'app', tags: ['dsl-test-since-${stamp}/app:1'], stages: [{ name: 'main', from: 'dsl-test-since-${stamp}/base:1', steps: [{ kind: 'copy', sources: ['app'], destination: '/app' }] }] };
const tool = { name: 'tool', tags: ['dsl-test-since-${stamp}/tool:1'], stages: [{ name: 'main', from: 'busybox:1.36', steps: [{ kind: 'copy', sources: ['tool'], destination: '/tool' }] }] };
export default { images: [base, app, tool] };
`;

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function gitProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-build-since-'));
  made.push(dir);
  writeFileSync(join(dir, 'dsl.config.mjs'), config);
  for (const f of ['base', 'app', 'tool', 'README.md']) writeFileSync(join(dir, f), 'v1\n');
  const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  run('init', '-q');
  run('add', '.');
  run('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'one');
  return dir;
}

/** The targets of the one bake command a `--dry-run --json` prints (after the flags). */
function targets(stdout: string): string[] {
  const { commands } = JSON.parse(stdout) as { commands: string[][] };
  if (commands.length === 0) return [];
  const command = commands[0]!;
  const last = command.findLastIndex((word, i) => word.startsWith('-') || command[i - 1] === '--set' || command[i - 1] === '-f' || command[i - 1] === '--progress');
  return command.slice(last + 1);
}

describe('dsl build --since / --files', () => {
  it('builds only the images the change affects: not unaffected dependencies, not unaffected images', async () => {
    const dir = gitProject();
    writeFileSync(join(dir, 'app'), 'v2\n');
    const io = memoryOutput(dir);
    expect(await main(['build', '--since', 'HEAD', '--dry-run', '--json'], io)).toBe(0);
    expect(targets(io.stdout())).toEqual(['app']);

    const both = memoryOutput(dir);
    expect(await main(['build', '--files', 'base', '--dry-run', '--json'], both)).toBe(0);
    expect(targets(both.stdout())).toEqual(['base', 'app']);

    const none = memoryOutput(dir);
    expect(await main(['build', '--files', 'README.md', '--dry-run'], none)).toBe(0);
    expect(none.stdout()).toBe('# nothing to build: the change affects no image\n');
  }, 120_000);

  it('stops with DSL5990 when git does not know the reference', async () => {
    const dir = gitProject();
    const io = memoryOutput(dir);
    expect(await main(['build', '--since', 'no-such-branch', '--dry-run'], io)).toBe(1);
    expect(io.stderr()).toContain('DSL5990');
  }, 60_000);
});
