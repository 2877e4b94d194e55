import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dsl } from './run-dsl.js';

// A monorepo whose images live in a workspace package that exports its TypeScript sources
// (no build step). The config loader must transform that package itself: Node 20 cannot
// import a .ts file natively, and only a plain Node process (not vitest) shows it.
const dir = mkdtempSync(join(tmpdir(), 'dsl-test-cli-workspace-ts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files: Record<string, string> = {
  'node_modules/@acme/images/package.json': JSON.stringify({ name: '@acme/images', type: 'module', exports: { '.': './src/index.ts' } }),
  'node_modules/@acme/images/src/index.ts':
    "import { image, stage } from '@dockerdsl/core';\nimport { from } from './base.js';\nconst app: string = 'ws-app';\nexport const api = image(app, { stages: [stage('main', { from }).workdir('/srv')] });\n",
  'node_modules/@acme/images/src/base.ts': "export const from: string = 'busybox:1.36';\n",
  'dsl.config.ts': "import { defineConfig } from '@dockerdsl/core';\nimport { api } from '@acme/images';\nexport default defineConfig({ images: [api] });\n",
};
for (const [name, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dir, name)), { recursive: true });
  writeFileSync(join(dir, name), text);
}

describe('a config whose images come from a workspace package that resolves to .ts', () => {
  it('synthesises, and the same again on the next start', async () => {
    const first = await dsl(['synth', '--stdout'], dir);
    expect(first.exitCode, first.all).toBe(0);
    expect(first.stdout).toContain('WORKDIR /srv');
    const second = await dsl(['synth', '--stdout'], dir);
    expect(second.exitCode, second.stderr.slice(-2000)).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  }, 60_000);
});
