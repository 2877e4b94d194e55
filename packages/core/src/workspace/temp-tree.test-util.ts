import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * A maker of throw-away folders for the tests of one file: `tree(files)` writes each file (an
 * object is written as JSON, like a package.json) into a new folder and returns its path; every
 * folder made is removed after each test.
 *
 * @param prefix - the start of the folders' names under the system's temp folder
 * @example
 * const tree = tempTrees('dsl-ws-');
 * const root = tree({ 'package.json': { name: 'root', workspaces: ['apps/*'] } });
 */
export function tempTrees(prefix: string): (files: Record<string, string | object>) => string {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  return (files) => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    made.push(root);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, name)), { recursive: true });
      writeFileSync(join(root, name), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
    }
    return root;
  };
}
