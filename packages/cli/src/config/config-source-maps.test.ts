import { join } from 'node:path';
import { toImage, type ImageInput } from '@dockerdsl/core';
import { setTransformedSourceLookup, sourceOf } from '@dockerdsl/core/tooling';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../test-support/temp-project.js';
import { loadConfig } from './load-config.js';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  setTransformedSourceLookup(undefined);
});

// Type annotations and `stage(` (which runs as `(0, _core.stage)(`) move columns in the code
// jiti runs; each call below sits where the expectations say, in the file as written.
const config = `import { defineConfig, image, stage } from '@dockerdsl/core';
const name: string = 'col';
const build = stage('build', { from: 'debian:bookworm' }).run('make').workdir('/src');
    const runtime = stage('runtime', { from: 'debian:bookworm' })
      .user('app')
      .copyFrom(build, '/a', '/b');
export default defineConfig({ images: [image(name, { stages: [build, runtime] })] });
`;

function columnOf(line: number, text: string): { line: number; column: number } {
  return { line, column: config.split('\n')[line - 1]!.indexOf(text) + 1 };
}

describe('source locations of a TypeScript config', () => {
  it('point at the call as written', async () => {
    const p = tempProject({ 'dsl.config.ts': config });
    cleanup = p.remove;
    const loaded = await loadConfig(join(p.dir, 'dsl.config.ts'));
    const [build, runtime] = toImage(loaded.images[0] as ImageInput).stages;
    const at = (node: unknown) => {
      const where = sourceOf(node);
      return where && { line: where.line, column: where.column };
    };
    expect(sourceOf(build!.steps[0])?.file).toBe(join(p.dir, 'dsl.config.ts'));
    expect(at(build!.steps[0])).toEqual(columnOf(3, 'run('));
    expect(at(build!.steps[1])).toEqual(columnOf(3, 'workdir('));
    expect(at(runtime)).toEqual(columnOf(4, 'stage('));
    expect(at(runtime!.steps[0])).toEqual(columnOf(5, 'user('));
    expect(at(runtime!.steps[1])).toEqual(columnOf(6, 'copyFrom('));
  });
});

describe('an error thrown while a TypeScript config runs', () => {
  it('is placed at the column that threw, as written', async () => {
    const source = "import { stage } from '@dockerdsl/core';\nconst n: number = 1;\nconst broken: any = undefined;\nexport default { images: [stage('a', { from: 'x' })], more: broken.images };\n";
    const p = tempProject({ 'dsl.config.ts': source });
    cleanup = p.remove;
    const error = (await loadConfig(join(p.dir, 'dsl.config.ts')).catch((e: unknown) => e)) as { diagnostic: { source: { line: number; column: number } } };
    expect(error.diagnostic.source).toMatchObject({ line: 4, column: source.split('\n')[3]!.indexOf('.images') + 2 });
  });
});

// The paths a config's steps take into core, each of which must keep the line as written: a
// factory called directly, a helper of the user's own, and a preset of this repository.
const paths = `import { defineConfig, image, run, stage, type AnyStage } from '@dockerdsl/core';
import { goApp } from '@dockerdsl/presets';
function withTools(s: AnyStage): AnyStage {
  return s.run('apt-get update');
}
const tools = withTools(stage('tools', { from: 'debian:bookworm' }).step(run('make')));
const api: string = 'api';
export default defineConfig({ images: [image('tools', { stages: [tools] }), goApp({ name: api }).image()] });
`;

describe('source locations of a TypeScript config, by path', () => {
  it('are the lines of a direct factory call, the user’s helper and the preset call', async () => {
    const p = tempProject({ 'dsl.config.ts': paths });
    cleanup = p.remove;
    const file = join(p.dir, 'dsl.config.ts');
    const loaded = await loadConfig(file);
    const [tools, api] = loaded.images.map((i) => toImage(i as ImageInput));
    const lineOf = (node: unknown) => {
      const where = sourceOf(node);
      return where && where.file === file ? where.line : where;
    };
    expect(tools!.stages[0]!.steps.map(lineOf)).toEqual([6, 4]);
    const presetParts = [api, ...api!.stages, ...api!.stages.flatMap((s) => s.steps)];
    expect(presetParts.length).toBeGreaterThan(10);
    expect(new Set(presetParts.map(lineOf))).toEqual(new Set([8]));
  });
});
