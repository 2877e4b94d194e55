import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { shell } from './shell.js';

describe('SHELL', () => {
  it('prints JSON form', () => {
    expect(printStep(shell(['/bin/bash', '-o', 'pipefail', '-c']))).toBe('SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
    expect(printStep(shell(['powershell', '-Command']), '`')).toBe('SHELL ["powershell", "-Command"]');
  });

  it('takes exec form only', () => {
    expect(stepDiagnostics({ kind: 'shell', command: '/bin/sh -c' })[0]?.message).toBe("'command': expected an exec-form array of strings");
    expect(stepDiagnostics({ kind: 'shell', command: [] })[0]?.code).toBe('DSL1005');
  });
});
