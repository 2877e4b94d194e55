import { describe, expect, it } from 'vitest';
import { validateImage } from '../validate/validate.js';
import { stageSchema } from './stage.js';

describe('stage schema', () => {
  it('accepts an image or { stage } base and a platform', () => {
    expect(stageSchema.safeParse({ name: 'build', from: 'golang:1.22', platform: 'linux/amd64', steps: [] }).success).toBe(true);
    expect(stageSchema.safeParse({ from: { stage: 'build' }, steps: [] }).success).toBe(true);
  });

  it('reports a missing from, bad names, white space, quotes and escape characters', () => {
    const diags = (stage: unknown) => validateImage({ name: 'i', stages: [stage] }).diagnostics.map((d) => `${d.code} ${d.message}`);
    expect(diags({ steps: [] })).toEqual(["DSL1001 'from' is required"]);
    expect(diags({ name: '1st', from: 'a', steps: [] })[0]).toContain('a stage name starts with a letter');
    for (const from of ['a b', 'img\\', 'a\nRUN id', 'a"b', '-x', 'a\u2028b', '$(id)', 'busybox\tAS x']) {
      expect(diags({ from, steps: [] })[0], from).toMatch(/^DSL1020 'from': a base image reference must be one token/);
    }
    expect(diags({ from: 'golang:${GO_VERSION}', steps: [] })).toEqual([]);
    expect(diags({ from: 'a', steps: [], platform: 'linux amd64' })[0]).toContain('DSL1020');
    expect(diags({ from: 'a', steps: [], platform: '$BUILDPLATFORM' })).toEqual([]);
    expect(diags({ from: 'a' })).toEqual(["DSL1001 'steps' is required"]);
    expect(diags({ from: 'a', steps: [], form: 'x' })[0]).toBe("DSL1003 the stage has unknown field 'form' (did you mean 'from'?)");
  });
});
