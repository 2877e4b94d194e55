import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../ui/exit.js';
import { checkTargets } from './check-targets.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tree(files: readonly string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'dsl-check-targets-'));
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  return dir;
}

describe('checkTargets', () => {
  it('keeps argument order, expands folders into their sorted Dockerfiles and checks a file reached twice once', () => {
    const root = tree(['compose.yaml', 'svc/b/Dockerfile', 'svc/a/Dockerfile', 'svc/compose.yaml']);
    const shown = checkTargets(['compose.yaml', 'svc', 'svc/a/Dockerfile'], root).map((t) => t.shown);
    expect(shown).toEqual(['compose.yaml', 'svc/a/Dockerfile', 'svc/b/Dockerfile']);
  });

  it('takes a named file whatever its name, and gives absolute paths to read', () => {
    const root = tree(['build/app.containerfile']);
    expect(checkTargets(['./build/app.containerfile'], root)).toEqual([{ file: join(root, 'build/app.containerfile'), shown: 'build/app.containerfile', compose: false }]);
  });

  it('reads a named YAML file as Compose, but a Dockerfile found in a folder as a Dockerfile whatever its extension', () => {
    const root = tree(['deploy/compose.yml', 'images/Dockerfile.yml']);
    expect(checkTargets(['deploy/compose.yml', 'images'], root).map((t) => [t.shown, t.compose])).toEqual([
      ['deploy/compose.yml', true],
      ['images/Dockerfile.yml', false],
    ]);
  });

  it('shows paths relative to the working folder, and outside it the way they were given', () => {
    const root = tree(['repo/Dockerfile', 'infra/Dockerfile']);
    const cwd = join(root, 'repo');
    expect(checkTargets([join(root, 'repo')], cwd).map((t) => t.shown)).toEqual(['Dockerfile']);
    expect(checkTargets(['../infra'], cwd).map((t) => t.shown)).toEqual(['../infra/Dockerfile']);
    expect(checkTargets([join(root, 'infra')], cwd).map((t) => t.shown)).toEqual([join(root, 'infra/Dockerfile')]);
  });

  it('rejects a missing path and a folder without Dockerfiles as usage errors', () => {
    const root = tree(['docs/README.md', 'deploy/compose.yaml']);
    expect(() => checkTargets(['nope'], root)).toThrow(new UsageError('cannot read nope: no such file or folder'));
    expect(() => checkTargets(['docs'], root)).toThrow(UsageError);
    expect(() => checkTargets(['deploy'], root)).toThrow(/^no Dockerfile under deploy .*name Compose files to check them/);
  });
});
