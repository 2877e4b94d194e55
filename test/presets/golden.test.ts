import { describe, expect, it } from 'vitest';
import { dockerfileOf, pages } from './support/examples.js';

// Golden files: the exact Dockerfile of each documented preset call. A change to a preset shows
// up here as a reviewable diff (update with `npx vitest run test/presets/golden.test.ts -u`).
describe('preset golden Dockerfiles', () => {
  for (const page of Object.values(pages)) {
    for (const example of page.examples) {
      it(`${example.id}: ${example.title}`, async () => {
        await expect(dockerfileOf(example.call)).toMatchFileSnapshot(`./golden/${example.id}.Dockerfile`);
      });
    }
  }

  it('is deterministic: the same call gives the same bytes', () => {
    for (const page of Object.values(pages)) for (const example of page.examples) expect(dockerfileOf(example.call)).toBe(dockerfileOf(example.call));
  });
});
