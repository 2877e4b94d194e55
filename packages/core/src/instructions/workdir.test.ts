import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { workdir } from './workdir.js';

describe('WORKDIR', () => {
  it('prints the path, quoted when needed', () => {
    expect(printStep(workdir('/app'))).toBe('WORKDIR /app');
    expect(printStep(workdir('/my app'))).toBe('WORKDIR "/my app"');
    expect(printStep(workdir('$HOME/src'))).toBe('WORKDIR $HOME/src');
  });

  it('rejects an empty path, a number and a line break', () => {
    expect(stepDiagnostics(workdir(''))[0]?.message).toBe("'path': WORKDIR needs a path");
    expect(stepDiagnostics({ kind: 'workdir', path: 5 })[0]?.message).toBe("'path' must be a string, not a number");
    expect(stepDiagnostics(workdir('/a\n/b'))[0]?.code).toBe('DSL1010');
  });
});
