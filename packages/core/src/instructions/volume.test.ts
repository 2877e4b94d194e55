import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { volume } from './volume.js';

describe('VOLUME', () => {
  it('prints JSON form', () => {
    expect(printStep(volume('/data'))).toBe('VOLUME ["/data"]');
    expect(printStep(volume(['/var/lib/my data', '/logs']))).toBe('VOLUME ["/var/lib/my data", "/logs"]');
  });

  it('rejects empty lists and empty paths', () => {
    expect(stepDiagnostics({ kind: 'volume', paths: [] })[0]?.code).toBe('DSL1005');
    expect(stepDiagnostics({ kind: 'volume', paths: [''] })[0]?.code).toBe('DSL1005');
  });
});

describe('VOLUME paths through the word lexer', () => {
  it('escapes quotes and literal dollars inside the JSON elements', () => {
    expect(printStep(volume(["/it's $5", '$DATA']))).toBe('VOLUME ["/it\\\\\'s \\\\$5", "$DATA"]');
    expect(printStep(volume(['/a"b']), '`')).toBe('VOLUME ["/a`\\"b"]');
  });
});
