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
