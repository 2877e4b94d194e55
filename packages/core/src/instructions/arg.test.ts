import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { arg } from './arg.js';

describe('ARG', () => {
  it('prints a name with or without a default', () => {
    expect(printStep(arg('VERSION'))).toBe('ARG VERSION');
    expect(printStep(arg('VERSION', '1.0'))).toBe('ARG VERSION=1.0');
    expect(printStep(arg('GREETING', 'hello "you"'))).toBe('ARG GREETING="hello \\"you\\""');
    expect(printStep(arg('EMPTY', ''))).toBe('ARG EMPTY=""');
  });

  it('rejects bad names and line breaks', () => {
    expect(stepDiagnostics(arg('1X'))[0]?.message).toContain('expected a variable name');
    expect(stepDiagnostics(arg('X', 'a\nb'))[0]?.code).toBe('DSL1010');
    expect(stepDiagnostics({ kind: 'arg' })[0]?.message).toBe("'name' is required");
  });
});
