import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dsl } from './run-dsl.js';

// The built `dsl` over a folder, as a user runs it: a separate process whose
// working folder is the repository it checks.
let repo = '';
beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'dsl-test-check-folder-'));
  const files: Record<string, string> = {
    'apps/web/Dockerfile': 'FROM nginx:1.27-alpine\nCOPY --from=assets /dist /usr/share/nginx/html\nUSER nginx\n',
    'apps/api/api.Dockerfile': 'FROM node:22.11-slim\nWORKDIR /app\nUSER node\nCMD ["node", "server.js"]\n',
    'apps/api/node_modules/tool/Dockerfile': 'FROM scratch\nCOPY --from=nowhere / /\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    writeFileSync(join(repo, file), text);
  }
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('dsl check FOLDER (built CLI)', () => {
  it('reports the Dockerfiles under the folder with paths relative to the working folder and exits 1 on errors', async () => {
    const run = await dsl(['check', 'apps', '--format', 'github'], repo);
    expect(run.exitCode, run.all).toBe(1);
    expect(run.stdout).toMatch(/^::error file=apps\/web\/Dockerfile,line=2/m);
    expect(run.stdout).not.toContain('node_modules');
  });

  it('exits 2 with a usage error for a folder without a Dockerfile', async () => {
    mkdirSync(join(repo, 'docs'), { recursive: true });
    const run = await dsl(['check', 'docs'], repo);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('no Dockerfile under docs');
  });
});
