import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `docker …` and returns its stdout; throws with docker's stderr when it fails.
 *
 * @example
 * docker(['run', '--rm', 'dsl-test-core-hello']); // 'Hello,  world!\n'
 */
export function docker(args: string[], timeout = 600_000): string {
  try {
    return execFileSync('docker', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout, env: { ...process.env, DOCKER_BUILDKIT: '1' } });
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`docker ${args.join(' ')} failed: ${e.stderr || e.message}`);
  }
}

/**
 * A fresh build context: writes `files` into a temp folder (the Dockerfile goes beside it,
 * outside the context). `remove()` deletes both.
 *
 * @example
 * const ctx = buildContext(text, { 'main.go': src }); docker(['build', '-f', ctx.dockerfile, ctx.dir]);
 */
export function buildContext(dockerfile: string, files: Record<string, string> = {}): { dir: string; dockerfile: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'dsl-test-core-'));
  const dir = join(root, 'context');
  execFileSync('mkdir', ['-p', dir]);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const file = join(root, 'Dockerfile');
  writeFileSync(file, dockerfile);
  return { dir, dockerfile: file, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Builds `dockerfile` with the real engine and tags it.
 *
 * @example
 * build('dsl-test-core-hello', text);
 */
export function build(tag: string, dockerfile: string, files: Record<string, string> = {}, extra: string[] = []): void {
  const ctx = buildContext(dockerfile, files);
  try {
    docker(['build', '--quiet', '-t', tag, '-f', ctx.dockerfile, ...extra, ctx.dir]);
  } finally {
    ctx.remove();
  }
}

/**
 * Removes images by tag, ignoring ones that are not there.
 *
 * @example
 * removeImages(['dsl-test-core-hello']);
 */
export function removeImages(tags: string[]): void {
  try {
    execFileSync('docker', ['rmi', '-f', ...tags], { stdio: 'ignore' });
  } catch {
    // already gone
  }
}
