import { describe, expect, it } from 'vitest';
import { validateImage } from '../validate.js';
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
    expect(diags({ from: 'a b', steps: [] })[0]).toContain('cannot contain white space');
    expect(diags({ from: 'img\\', steps: [] })[0]).toBe("DSL1006 'from': a base image reference cannot contain quotes or escape characters");
    expect(diags({ from: 'a', steps: [], platform: 'linux amd64' })[0]).toContain('DSL1011');
    expect(diags({ from: 'a' })).toEqual(["DSL1001 'steps' is required"]);
    expect(diags({ from: 'a', steps: [], form: 'x' })[0]).toBe("DSL1003 the stage has unknown field 'form' (did you mean 'from'?)");
  });
});
