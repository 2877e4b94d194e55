import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { copy } from './copy.js';
import { onbuild } from './onbuild.js';
import { run, script } from './run.js';

describe('ONBUILD', () => {
  it('prints the trigger after ONBUILD', () => {
    expect(printStep(onbuild(copy('.', '/app')))).toBe('ONBUILD COPY . /app');
    expect(printStep(onbuild(run('npm ci', { network: 'none' })))).toBe('ONBUILD RUN --network=none npm ci');
  });

  it('rejects ONBUILD inside ONBUILD, MAINTAINER and triggers that need more than one line', () => {
    expect(stepDiagnostics({ kind: 'onbuild', instruction: { kind: 'onbuild', instruction: { kind: 'run', command: 'x' } } })[0]?.code).toBe('DSL1008');
    expect(stepDiagnostics({ kind: 'onbuild', instruction: { kind: 'maintainer', name: 'x' } })[0]?.code).toBe('DSL1008');
    expect(stepDiagnostics(onbuild(script('a\nb')))[0]?.code).toBe('DSL1010');
    expect(stepDiagnostics(onbuild(run('echo a\necho b')))[0]?.code).toBe('DSL1010');
    expect(stepDiagnostics(onbuild(copy([{ heredoc: { body: 'x' } }], '/f')))[0]?.code).toBe('DSL1010');
    expect(stepDiagnostics(onbuild(run('make'))).length).toBe(0);
  });
});
