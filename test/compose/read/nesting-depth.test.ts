import { describe, expect, it } from 'vitest';
import { compose } from '@dockerdsl/core';

const service = (labels: string) => `services:\n  app:\n    image: busybox:1.36\nx-data: ${labels}\n`;

// The YAML library and the readers recurse once per level: a file nested thousands deep used to
// surface "Maximum call stack size exceeded" as its message.
describe('readCompose nesting limit', () => {
  it('reads 100 levels, and reports 101 as DSL4101 at the level past the limit', () => {
    expect(compose.readCompose(service(`${'['.repeat(99)}${']'.repeat(99)}`)).ok).toBe(true);
    const deep = compose.readCompose(service(`${'['.repeat(100)}${']'.repeat(100)}`));
    expect(deep.ok).toBe(false);
    expect(deep.diagnostics).toMatchObject([{ code: 'DSL4101', message: expect.stringContaining('more than 100 levels deep'), source: { line: 4 } }]);
  });

  it('reports 20,000 levels the same way, in one diagnostic, without a stack overflow message', () => {
    const result = compose.readCompose(service(`${'['.repeat(20_000)}${']'.repeat(20_000)}`));
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'DSL4101' });
    expect(result.diagnostics[0]!.message).not.toMatch(/call stack/i);
  });

  it('counts block nesting too', () => {
    let text = 'services:\n  app:\n    image: busybox:1.36\nx-data:\n';
    for (let i = 1; i <= 120; i++) text += `${' '.repeat(i)}k:\n`;
    expect(compose.readCompose(text).diagnostics.map((d) => d.code)).toEqual(['DSL4101']);
  });
});
