import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packPackages } from '../support/packed-packages.js';

// Packs the publishable packages as npm would publish them, installs the tarballs into an empty
// project outside the monorepo (dependencies such as zod come from the registry) and uses them
// the way a user would: import, type-check against the shipped .d.ts, run the `dsl` binary.
const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['core', 'presets', 'cli'] as const;
const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('npm pack → install in an empty project', () => {
  const work = mkdtempSync(join(tmpdir(), 'dsl-test-packaging-'));
  const app = join(work, 'app');
  const tarballs: Record<string, string> = {};

  beforeAll(() => {
    const packed = packPackages(work);
    for (const pkg of packages) tarballs[pkg] = packed[`@dockerdsl/${pkg}`]!;
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'packaging-check', private: true, type: 'module' }, null, 2));
    npm(['install', '--prefer-offline', ...packages.map((p) => tarballs[p]!), '@types/node@^20.19.0'], app);
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('installs the three packages from their tarballs, outside the monorepo, each with its README and the LICENSE', () => {
    expect(relative(root, app).startsWith('..')).toBe(true);
    for (const pkg of packages) {
      const manifest = JSON.parse(readFileSync(join(app, 'node_modules', '@dockerdsl', pkg, 'package.json'), 'utf8')) as { name: string };
      expect(manifest.name).toBe(`@dockerdsl/${pkg}`);
      expect(readFileSync(join(app, 'node_modules', '@dockerdsl', pkg, 'LICENSE'), 'utf8')).toBe(readFileSync(join(root, 'LICENSE'), 'utf8'));
      expect(readFileSync(join(app, 'node_modules', '@dockerdsl', pkg, 'README.md'), 'utf8')).toMatch(new RegExp(`^# @dockerdsl/${pkg}\n`));
    }
  });

  it('ships no tests, and every source map points at a file inside the package', () => {
    for (const pkg of packages) {
      const dir = join(app, 'node_modules', '@dockerdsl', pkg);
      const all = files(dir);
      expect(all.filter((f) => /\.test(-d)?\.ts$/.test(f))).toEqual([]);
      const maps = all.filter((f) => f.endsWith('.map'));
      expect(maps.length).toBeGreaterThan(0);
      for (const map of maps) {
        const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
        for (const source of sources) {
          const target = resolve(dirname(map), source);
          expect(target.startsWith(dir), `${relative(app, map)} → ${source} leaves the package`).toBe(true);
          expect(existsSync(target), `${relative(app, map)} → ${source} is missing`).toBe(true);
        }
      }
    }
  });

  it('imports through `exports` and compiles a preset to the same Dockerfile as in the monorepo', () => {
    writeFileSync(join(app, 'use.mjs'), "import { toDockerfile } from '@dockerdsl/core';\nimport { goApp } from '@dockerdsl/presets';\nprocess.stdout.write(toDockerfile(goApp({ name: 'api' }).image()));\n");
    const text = execFileSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' });
    expect(text).toBe(readFileSync(join(root, 'test/presets/golden/go-scratch.Dockerfile'), 'utf8'));
    writeFileSync(join(app, 'tooling.mjs'), "import { stage } from '@dockerdsl/core';\nimport { parseDockerfile, stageDependencies } from '@dockerdsl/core/tooling';\nconst build = stage('build', { from: 'alpine:3.20' });\nprocess.stdout.write(`${parseDockerfile('FROM alpine:3.20 AS a\\nFROM a\\n').image.stages.length} ${stageDependencies(stage('app', { from: build }))[0] === build}`);\n");
    expect(execFileSync(process.execPath, ['tooling.mjs'], { cwd: app, encoding: 'utf8' })).toBe('2 true');
  });

  it('type-checks a user file against the shipped declarations (skipLibCheck off)', () => {
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['check.ts'] }));
    writeFileSync(
      join(app, 'check.ts'),
      [
        "import { defineConfig, stage, toDockerfile, type Image } from '@dockerdsl/core';",
        "import { checkDockerfile, type CheckResult } from '@dockerdsl/core/tooling';",
        "import { goApp, nodeApp, staticBinary, type GoAppOptions } from '@dockerdsl/presets';",
        "const options: GoAppOptions = { name: 'api', ports: [8080] };",
        "const api = goApp(options).change('build', (s) => s.run('go vet ./...'));",
        'const text: string = toDockerfile(api.image());',
        "const plain: Image = staticBinary({ name: 'tool', from: stage('build', { from: 'rust:1.82' }) }).toImage();",
        '// @ts-expect-error: the package manager is npm or pnpm',
        "nodeApp({ name: 'web', packageManager: 'yarn' });",
        '// @ts-expect-error: a preset has no stage with this role',
        "api.change('biuld', (s) => s);",
        'export default defineConfig({ images: [api.image(), plain] });',
        "const checked: CheckResult = checkDockerfile('FROM alpine:3.20\\n');",
        'export { text, checked };',
      ].join('\n'),
    );
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', '.'], { cwd: app, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  }, 180_000);

  it('runs the installed `dsl` binary on a config that uses the presets', () => {
    writeFileSync(join(app, 'dsl.config.mjs'), "import { defineConfig } from '@dockerdsl/core';\nimport { nodeApp } from '@dockerdsl/presets';\nexport default defineConfig({ images: [nodeApp({ name: 'web' }).image()], outDir: 'out' });\n");
    const dsl = join(app, 'node_modules', '.bin', 'dsl');
    expect(execFileSync(dsl, ['--version'], { cwd: app, encoding: 'utf8' })).toContain('0.1.0');
    execFileSync(dsl, ['synth'], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const header = '# Generated by dockerdsl from dsl.config.mjs; edit that, not this file.\n';
    expect(readFileSync(join(app, 'out', 'web.Dockerfile'), 'utf8')).toBe(header + readFileSync(join(root, 'test/presets/golden/node-npm.Dockerfile'), 'utf8'));
  }, 60_000);

  it('publint reports nothing for any package (suggestions included, strict)', async () => {
    for (const pkg of packages) {
      const { messages, pkg: manifest } = await publint({ pkgDir: join(root, 'packages', pkg), level: 'suggestion', strict: true });
      expect(messages.map((m) => `${pkg}: ${m.code} ${formatMessage(m, manifest)}`)).toEqual([]);
    }
  }, 120_000);
});
