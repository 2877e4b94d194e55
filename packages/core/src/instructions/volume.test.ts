import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from '../../../../test/support/core.js';
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
