import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../cli.js';
import { memoryOutput } from '../ui/memory-output.js';

// Plain-object images (no imports), so the project works in any folder, inside git or not.
const config = `const base = { name: 'base', tags: ['acme/base:dev'], dockerignore: ['*.md'], stages: [{ name: 'main', from: 'busybox:1.36', steps: [{ kind: 'copy', sources: ['base'], destination: '/base' }] }] };
const app = { name: 'app', dockerignore: ['*.md'], stages: [{ name: 'main', from: 'acme/base:dev', steps: [{ kind: 'copy', sources: ['app'], destination: '/app' }] }] };
const tool = { name: 'tool', dockerignore: ['*.md'], stages: [{ name: 'main', from: 'busybox:1.36', steps: [{ kind: 'copy', sources: ['tool'], destination: '/tool' }] }] };
export default { images: [base, app, tool] };
`;

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function project(git: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-plan-'));
  made.push(dir);
  writeFileSync(join(dir, 'dsl.config.mjs'), config);
  for (const f of ['base', 'app', 'tool', 'README.md']) writeFileSync(join(dir, f), 'v1\n');
  if (git) {
    const run = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    run('init', '-q');
    run('add', '.');
    run('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'one');
  }
  return dir;
}

describe('dsl plan', () => {
  it('--since lists committed, unstaged and untracked changes, with dependents in later levels, as JSON', async () => {
    const dir = project(true);
    writeFileSync(join(dir, 'tool'), 'v2\n');
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'two'], { cwd: dir, stdio: 'ignore' });
    writeFileSync(join(dir, 'base'), 'v2\n');
    writeFileSync(join(dir, 'README.md'), 'v2\n');
    writeFileSync(join(dir, 'notes.txt'), 'new\n');
    const io = memoryOutput(dir);
    expect(await main(['plan', '--since', 'HEAD~1', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout());
    expect(out).toMatchObject({ ok: true, since: 'HEAD~1', changed: ['README.md', 'base', 'notes.txt', 'tool'], levels: [['base', 'tool'], ['app']] });
    expect(out.images).toEqual([
      { name: 'base', level: 0, reasons: ['base'], dependsOn: [] },
      { name: 'app', level: 1, reasons: ['FROM base (acme/base:dev)'], dependsOn: ['base'] },
      { name: 'tool', level: 0, reasons: ['tool'], dependsOn: [] },
    ]);
    expect(out.matrix).toEqual({ include: [{ image: 'base', level: 0 }, { image: 'tool', level: 0 }, { image: 'app', level: 1 }] });
  });

  it('--files takes paths from the working directory and prints levels as text', async () => {
    const dir = project(false);
    const io = memoryOutput(dir);
    expect(await main(['plan', '--files', 'tool,README.md', '--files', 'app'], io)).toBe(0);
    expect(io.stdout()).toBe('dsl plan: 2 images affected by 3 changed files\n  level 0  app  tool\n  app   app\n  tool  tool\n');
  });

  it('plans every image without --since or --files', async () => {
    const io = memoryOutput(project(false));
    expect(await main(['plan', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout()).levels).toEqual([['base', 'tool'], ['app']]);
  });

  it('reports a reference git does not know (DSL5990) and a folder outside git (DSL5991)', async () => {
    const inGit = memoryOutput(project(true));
    expect(await main(['plan', '--since', 'no-such-branch', '--json'], inGit)).toBe(1);
    expect(JSON.parse(inGit.stdout()).diagnostics[0]).toMatchObject({ code: 'DSL5990', rule: 'UnknownGitRef' });
    const outside = memoryOutput(project(false));
    expect(await main(['plan', '--since', 'HEAD'], outside)).toBe(1);
    expect(outside.stderr()).toContain('DSL5991');
  });
});
