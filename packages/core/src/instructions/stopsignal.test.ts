import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { stopsignal } from './stopsignal.js';

describe('STOPSIGNAL', () => {
  it('prints names, numbers and variables', () => {
    expect(printStep(stopsignal('SIGQUIT'))).toBe('STOPSIGNAL SIGQUIT');
    expect(printStep(stopsignal(9))).toBe('STOPSIGNAL 9');
    expect(printStep(stopsignal('SIGRTMIN+3'))).toBe('STOPSIGNAL SIGRTMIN+3');
    expect(stepDiagnostics(stopsignal('$STOP'))).toEqual([]);
    // A variable is $NAME or ${NAME}: an unclosed brace would fail in BuildKit's expansion.
    expect(stepDiagnostics(stopsignal('${STOP' as never))[0]?.code).toBe('DSL1016');
    expect(stepDiagnostics(stopsignal('${STOP}'))).toEqual([]);
  });

  it('rejects unknown signals', () => {
    const [d] = stepDiagnostics({ kind: 'stopsignal', signal: 'SIGTEMR' });
    expect(d?.code).toBe('DSL1016');
    expect(d?.rule).toBe('UnknownSignal');
    expect(stepDiagnostics({ kind: 'stopsignal', signal: 0 })[0]?.code).toBe('DSL1005');
  });
});
