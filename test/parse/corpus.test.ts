import { describe, expect, it } from 'vitest';
import { compileImage } from '@dockerdsl/core';
import { parseDockerfile, sourceOf } from '@dockerdsl/core/tooling';
import { dockerfiles } from './corpus-files.js';
import { comparable } from './equivalence.js';

const files = dockerfiles();

describe('corpus and seed Dockerfiles', () => {
  it('has at least 100 corpus files', () => {
    expect(files.filter(([, path]) => path.includes('/corpus/')).length).toBeGreaterThanOrEqual(100);
  });

  it.each(files)('%s parses without errors, every instruction with a source range', (name, _path, text) => {
    const { image, diagnostics } = parseDockerfile(text, { file: name });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const stage of image!.stages) {
      expect(sourceOf(stage)?.file).toBe(name);
      for (const step of stage.steps) if (step.kind !== 'comment') expect(sourceOf(step)?.line).toBeGreaterThan(0);
    }
  });

  it.each(files)('%s compiles back to a Dockerfile that parses to the same model', (name, _path, text) => {
    const { image } = parseDockerfile(text, { file: name });
    // A Dockerfile cannot declare the entitlements its RUN flags need (the build grants them with
    // --allow); an imported image declares them, so the compiler is given them here too.
    const granted = { ...image!, inputs: { ...image!.inputs, entitlements: ['network.host', 'security.insecure'] } } as typeof image;
    const compiled = compileImage(granted, { syntaxDirective: true });
    expect(compiled.ok ? [] : compiled.diagnostics).toEqual([]);
    const again = parseDockerfile((compiled as { dockerfile: string }).dockerfile, { file: name });
    expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(comparable(again.image)).toEqual(comparable(image));
  });
});
