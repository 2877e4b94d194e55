import { afterAll, describe, expect, it } from 'vitest';
import { compileImage } from '@dockerdsl/core';
import { imageNameFor, parseDockerfile } from '@dockerdsl/core/tooling';
import { importSources } from '../../packages/cli/src/codegen/index.js';
import { dockerfiles } from '../parse/corpus-files.js';
import { comparable } from '../parse/equivalence.js';
import { evaluateModule, scratchDir, removeScratchDirs } from './load-module.js';

afterAll(removeScratchDirs);

const dir = scratchDir();

describe('dsl import round trip: import → evaluate → compile', () => {
  it.each(dockerfiles())('%s gives back the same instructions, flags and arguments in order', async (name, _path, text) => {
    const { text: code, diagnostics } = importSources([{ file: name, text }]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [image] = await evaluateModule(dir, name.replace(/\W/g, '_'), code);
    const compiled = compileImage(image, { syntaxDirective: true });
    expect(compiled.ok ? [] : compiled.diagnostics).toEqual([]);
    const original = parseDockerfile(text, { file: name }).image;
    const again = parseDockerfile((compiled as { dockerfile: string }).dockerfile, { file: name }).image;
    expect(comparable(again, { comments: false })).toEqual(comparable(original, { comments: false }));
  });
});

describe('dsl import of several files into one module', () => {
  it('gives one exported image per file, each compiling back to its own file', async () => {
    const files = dockerfiles();
    const { text: code } = importSources(files.map(([file, , text]) => ({ file, text })));
    const images = new Map((await evaluateModule(dir, 'all', code)).map((i) => [i.name, i]));
    expect(images.size).toBe(files.length);
    for (const [file, , text] of files) {
      const image = images.get(imageNameFor(file));
      const compiled = compileImage(image, { syntaxDirective: true });
      const again = parseDockerfile((compiled as { dockerfile: string }).dockerfile, { file }).image;
      expect(comparable(again, { comments: false })).toEqual(comparable(parseDockerfile(text, { file }).image, { comments: false }));
    }
  });
});
