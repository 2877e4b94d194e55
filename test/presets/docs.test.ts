import { describe, expect, it } from 'vitest';
import { dockerfileOf, evaluate, pages } from './support/examples.js';
import { parameterDocs, renderPresetPage } from './support/preset-doc.js';

// Each docs/presets/<preset>.md is generated from the preset's JSDoc and its real output, so the
// page cannot drift from the code: a change to either fails here until the page is regenerated.
describe('docs/presets pages', () => {
  for (const [slug, page] of Object.entries(pages)) {
    it(`docs/presets/${slug}.md matches the preset`, async () => {
      const preset = evaluate(page.examples[0]!.call);
      const stages = Object.fromEntries(Object.entries(preset.stages).map(([role, handle]) => [role, handle.name]));
      const examples = page.examples.map((ex) => ({ title: ex.title, call: ex.call, dockerfile: dockerfileOf(ex.call) }));
      await expect(renderPresetPage({ ...page, stages, examples })).toMatchFileSnapshot(`../../docs/presets/${slug}.md`);
    });
  }

  it('documents every parameter with a description and a default (or says it is required)', () => {
    for (const page of Object.values(pages)) {
      for (const p of parameterDocs(page.optionsInterface)) {
        expect(p.description, `${page.optionsInterface}.${p.name}`).not.toBe('');
        expect(p.required || p.defaultText !== '—', `${page.optionsInterface}.${p.name} has no default`).toBe(true);
      }
    }
  });
});
