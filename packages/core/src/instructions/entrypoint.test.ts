import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { sh } from '../model/exec-form.js';
import { entrypoint } from './entrypoint.js';

describe('ENTRYPOINT', () => {
  it('prints exec and shell form', () => {
    expect(printStep(entrypoint(['echo', 'Hello, ']))).toBe('ENTRYPOINT ["echo", "Hello, "]');
    expect(printStep(entrypoint(sh`exec /app "$@"`))).toBe('ENTRYPOINT exec /app "$@"');
  });

  it('prints the empty exec form, which clears an inherited entrypoint', () => {
    expect(printStep(entrypoint([]))).toBe('ENTRYPOINT []');
    expect(stepDiagnostics({ kind: 'entrypoint', command: [] })).toEqual([]);
  });

  it('rejects a bare string, non-string elements and an unknown field', () => {
    expect(stepDiagnostics({ kind: 'entrypoint', command: '/app' })[0]?.code).toBe('DSL1002');
    expect(stepDiagnostics({ kind: 'entrypoint', command: ['/app', 1] })[0]?.message).toBe("'command[1]' must be a string, not a number");
    expect(stepDiagnostics({ kind: 'entrypoint', command: ['/app'], args: [] })[0]?.message).toBe("ENTRYPOINT has unknown field 'args'");
  });
});
