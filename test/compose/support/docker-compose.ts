import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

/**
 * Runs the real `docker compose config` on files written to a temporary project directory
 * (`dirs` are created too, for build contexts), with every profile on (`format: 'yaml'` where
 * Compose cannot print JSON: 2.26 fails to for an `ssh` key with a path), and returns its normalised output as an
 * object, or throws with docker's own error text.
 *
 * @example
 * const config = composeConfig({ 'compose.yaml': text });
 */
export function composeConfig(files: Record<string, string>, options: { use?: string[]; dirs?: string[]; project?: string; format?: 'json' | 'yaml' } = {}): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'dsl-test-compose-'));
  try {
    for (const d of options.dirs ?? []) mkdirSync(join(dir, d), { recursive: true });
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const use = options.use ?? Object.keys(files).filter((f) => /\.ya?ml$/.test(f));
    const args = ['compose', ...use.flatMap((f) => ['-f', join(dir, f)]), ...(options.project ? ['-p', options.project] : []), '--profile', '*', 'config', '--format', options.format ?? 'json'];
    try {
      const out = execFileSync('docker', args, { stdio: 'pipe', encoding: 'utf8', env: { ...process.env, COMPOSE_PROFILES: '', COMPOSE_PROJECT_NAME: '' } });
      const text = out.replaceAll(dir, '<project>');
      return (options.format === 'yaml' ? parse(text) : JSON.parse(text)) as Record<string, unknown>;
    } catch (error) {
      const e = error as { stderr?: string };
      throw new Error(`docker compose config rejected the file: ${e.stderr ?? String(error)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses YAML (for tests that compare structure). */
export const readYaml = parse;
