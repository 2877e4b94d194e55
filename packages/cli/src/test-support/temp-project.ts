import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cliRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A throw-away project folder inside the CLI package (so `@dockerdsl/core` resolves from it),
 * filled with `files`; `remove()` deletes it.
 *
 * @example
 * const p = tempProject({ 'dsl.config.ts': 'export default { images: [] };' });
 * p.remove();
 */
export function tempProject(files: Record<string, string>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(cliRoot, '.test-project-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A config with two plain-object images, written in TypeScript (type annotations and all). */
export const twoImageConfig = `interface Img { name: string; stages: unknown[]; tags?: string[]; dockerignore?: string[] }
const base: Img = { name: 'base', tags: ['acme/base:dev'], stages: [{ name: 'main', from: 'busybox:1.36', steps: [{ kind: 'workdir', path: '/app' }] }] };
const app: Img = {
  name: 'app',
  tags: ['acme/app:dev'],
  dockerignore: ['.git', 'node_modules'],
  stages: [{ name: 'main', from: 'acme/base:dev', steps: [{ kind: 'cmd', command: ['echo', 'hi'] }] }],
};
export default { images: [base, app] };
`;
