import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'dsl-test-api-docs-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

/** docs/api is TypeDoc's output for the exports of core and presets (typedoc.json): a changed export or doc comment shows up here. */
test('docs/api is the generated API reference of @dockerdsl/core and @dockerdsl/presets', () => {
  execFileSync(process.execPath, [join(root, 'node_modules/typedoc/bin/typedoc'), '--out', out], { cwd: root, stdio: 'pipe' });
  const generated = tree(out);
  expect(Object.keys(generated)).toContain('@dockerdsl/core/namespaces/compose.md');
  const committed = tree(join(root, 'docs/api'));
  expect(Object.keys(committed).sort(), 'regenerate with `npm run docs:api`').toEqual(Object.keys(generated).sort());
  for (const [file, text] of Object.entries(generated)) expect(committed[file], `docs/api/${file} is stale: regenerate with \`npm run docs:api\``).toBe(text);
}, 300_000);
