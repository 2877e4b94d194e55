import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { contextFiles } from '../../packages/cli/src/plan/context-files.js';
import { describeWithEngine } from '../support/engine.js';

// The plan and the input digest stand on contextFiles() listing exactly what BuildKit receives.
// BuildKit is the judge: COPY the whole context into a scratch image, export it as files, and
// compare the listing with contextFiles() for .dockerignore files with exceptions,
// re-exclusions, `**`, wildcards and excluded folders.
const work = mkdtempSync(join(tmpdir(), 'dsl-test-ctx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = [
  'package.json', 'package-lock.json', 'README.md', 'notes.md', 'docs/guide.md',
  'apps/api/package.json', 'apps/api/src/main.ts', 'apps/api/dist/main.js', 'apps/api/node_modules/x/index.js',
  'apps/web/src/main.ts', 'packages/shared/src/a.ts', 'packages/shared/src/a.test.ts', 'packages/shared/dist/a.js',
  'packages/other/index.ts', 'tmp/cache/blob', '.git-like/config', 'bin/run.sh',
];

const cases: Record<string, string[]> = {
  'allow-list with re-exclusions': ['*', '!package.json', '!package-lock.json', '!apps/api', '!packages/shared', '**/node_modules', '**/.git', 'apps/api/dist', 'packages/shared/dist'],
  'deny-list with ** and an exception': ['**/*.md', '!README.md', 'tmp', '**/dist', '**/*.test.ts'],
  'wildcards in folders and a later exception inside an excluded folder': ['apps/*/src', '!apps/web/src/main.ts', 'packages/?hared', '.git-like'],
};

function listTree(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    return statSync(path).isDirectory() ? listTree(path, rel) : [rel];
  });
}

describeWithEngine('contextFiles agrees with what BuildKit receives', () => {
  for (const [title, ignore] of Object.entries(cases)) {
    it(title, () => {
      const root = join(work, title.replace(/\W+/g, '-'));
      const context = join(root, 'context');
      for (const f of files) {
        mkdirSync(dirname(join(context, f)), { recursive: true });
        writeFileSync(join(context, f), f);
      }
      chmodSync(join(context, 'bin/run.sh'), 0o755);
      symlinkSync('main.ts', join(context, 'apps/api/src/link.ts'));
      writeFileSync(join(root, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
      writeFileSync(join(root, 'Dockerfile.dockerignore'), `${ignore.join('\n')}\n`);
      const out = join(root, 'out');
      const result = spawnSync('docker', ['buildx', 'build', '--quiet', '--output', `type=local,dest=${out}`, '-f', join(root, 'Dockerfile'), context], { encoding: 'utf8', timeout: 300_000 });
      expect(result.status, result.stderr).toBe(0);
      expect(contextFiles(context, ignore)).toEqual(listTree(out).sort());
    }, 300_000);
  }
});
