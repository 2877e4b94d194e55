import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { maintainer } from './maintainer.js';

describe('MAINTAINER', () => {
  it('prints the rest of the line as the name', () => {
    expect(printStep(maintainer('Ops Team <ops@example.com>'))).toBe('MAINTAINER Ops Team <ops@example.com>');
  });

  it('rejects empty names, line breaks and a trailing escape', () => {
    expect(stepDiagnostics(maintainer(''))[0]?.code).toBe('DSL1005');
    expect(stepDiagnostics(maintainer('a\nRUN rm -rf /'))[0]?.code).toBe('DSL1010');
    expect(stepDiagnostics(maintainer('ops \\'))[0]?.code).toBe('DSL1014');
  });
});
