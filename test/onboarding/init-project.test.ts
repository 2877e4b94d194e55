import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dslBin } from '../cli/run-dsl.js';
import { npmQuiet, packPackages } from '../support/packed-packages.js';

// What a new user does, in an empty folder outside the monorepo: `npm init -y`, `dsl init`, the
// install command init printed (with the packed packages in place of the registry's), then
// `tsc --noEmit` and `dsl synth` with what was installed.
describe('npm init -y → dsl init → install → tsc --noEmit → dsl synth', () => {
  const work = mkdtempSync(join(tmpdir(), 'dsl-test-onboarding-'));
  const app = join(work, 'shop-api');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('gives a project that type-checks and synthesises', () => {
    const tarballs = packPackages(work);
    mkdirSync(app);
    npmQuiet(['init', '-y'], app);
    const init = execFileSync(process.execPath, [dslBin, 'init'], { cwd: app, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

    const install = /^ {2}npm install --save-dev (.*)$/m.exec(init)?.[1]?.split(' ');
    expect(install, init).toBeDefined();
    expect(install!.filter((spec) => spec.startsWith('@dockerdsl/'))).toHaveLength(3);
    const specs = install!.map((spec) => tarballs[spec.replace(/@\^.*$/, '')] ?? spec);
    npmQuiet(['install', '--save-dev', '--prefer-offline', ...specs], app);

    expect(JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'))).toMatchObject({ type: 'module', devDependencies: { typescript: expect.any(String), '@types/node': expect.any(String) } });
    expect(readFileSync(join(app, '.gitignore'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['node_modules/', '.dsl/']));

    expect(() => execFileSync(join(app, 'node_modules', '.bin', 'tsc'), ['--noEmit'], { cwd: app, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
    execFileSync(join(app, 'node_modules', '.bin', 'dsl'), ['synth'], { cwd: app, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
    const dockerfile = readFileSync(join(app, '.dsl', 'out', 'shop-api.Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/--mount=type=cache/);
    expect(dockerfile).toMatch(/\nUSER 10001:10001\n/);
    expect(dockerfile).toMatch(/\nHEALTHCHECK /);
  }, 600_000);

  it('fails tsc on a mistake in the config, so the check above is real', () => {
    const config = join(app, 'dsl.config.ts');
    const good = readFileSync(config, 'utf8');
    writeFileSync(config, good.replace('main: ', 'mian: '));
    try {
      const tsc = spawnSync(join(app, 'node_modules', '.bin', 'tsc'), ['--noEmit'], { cwd: app, encoding: 'utf8' });
      expect(tsc.status).not.toBe(0);
      expect(tsc.stdout).toMatch(/dsl\.config\.ts\(\d+,\d+\): error TS\d+: .*'mian'/);
    } finally {
      writeFileSync(config, good);
    }
  }, 120_000);
});
