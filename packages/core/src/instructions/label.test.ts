import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { label } from './label.js';

describe('LABEL', () => {
  it('prints keys bare when they can be and quotes keys and values otherwise', () => {
    expect(printStep(label({ 'org.opencontainers.image.title': 'api', 'my key': 'two words', version: '1.0' }))).toBe(
      'LABEL org.opencontainers.image.title=api "my key"="two words" version=1.0',
    );
  });

  it('keeps a $ in a key literal', () => {
    expect(printStep(label({ 'a$b': 'x' }))).toBe('LABEL "a\\$b"=x');
  });

  it('rejects keys with =, empty keys and line breaks', () => {
    const [d] = stepDiagnostics(label({ 'a=b': 'c' }));
    expect(d?.code).toBe('DSL1006');
    expect(d?.message).toContain('cannot contain =');
    expect(stepDiagnostics(label({ '': 'c' }))[0]?.code).toBe('DSL1006');
    expect(stepDiagnostics(label({ a: 'x\ny' }))[0]?.code).toBe('DSL1010');
    expect(stepDiagnostics(label({}))[0]?.message).toBe("'labels': LABEL needs at least one label");
  });
});
