import { describe, expect, it } from 'vitest';
import { compileImage } from '@dockerdsl/core';
import { ruleHook } from '@dockerdsl/core/tooling';
import { evaluate, pages } from './support/examples.js';

// The presets exist to encode good practice, so the project's own rule engine must find nothing
// worse than information in what they emit (apt version pins are left to the caller: a preset
// cannot know which versions a base image's archive has).
describe('preset output against the check rules', () => {
  for (const page of Object.values(pages)) {
    for (const example of page.examples) {
      it(`${example.id}: no errors or warnings`, () => {
        const result = compileImage(evaluate(example.call).image(), { hooks: [ruleHook()] });
        expect(result.ok).toBe(true);
        const serious = result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.message}`);
        expect(serious).toEqual([]);
      });
    }
  }
});
