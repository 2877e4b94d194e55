import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { sh } from '../model/exec-form.js';
import { cmd } from './cmd.js';

describe('CMD', () => {
  it('prints exec form as JSON and shell form only when asked for', () => {
    expect(printStep(cmd(['world!']))).toBe('CMD ["world!"]');
    expect(printStep(cmd(['a"b', 'c]\n', 'ü']))).toBe('CMD ["a\\"b", "c]\\n", "ü"]');
    expect(printStep(cmd(sh`exec node server.js --port ${8080}`))).toBe('CMD exec node server.js --port 8080');
  });

  it('rejects a bare string and non-string elements, and accepts CMD [] (clears an inherited CMD)', () => {
    const [bare] = stepDiagnostics({ kind: 'cmd', command: 'node server.js' });
    expect(bare?.code).toBe('DSL1002');
    expect(bare?.message).toBe('\'command\' must be an exec-form array or { shell: "…" }, not a string');
    expect(bare?.hint).toContain('a bare string is not accepted');
    expect(stepDiagnostics({ kind: 'cmd', command: [] })).toEqual([]);
    expect(stepDiagnostics({ kind: 'cmd', command: ['a', 5] })[0]?.message).toBe("'command[1]' must be a string, not a number");
    expect(stepDiagnostics({ kind: 'cmd' })[0]?.code).toBe('DSL1001');
  });

  it('rejects shell-form text Docker would misread', () => {
    expect(stepDiagnostics(cmd({ shell: 'a\nb' }))[0]?.code).toBe('DSL1010');
    expect(stepDiagnostics(cmd({ shell: 'a \\' }))[0]?.code).toBe('DSL1014');
    expect(stepDiagnostics(cmd({ shell: '["a", "b"]' }))[0]?.code).toBe('DSL1015');
    expect(stepDiagnostics(cmd({ shell: '' }))[0]?.code).toBe('DSL1005');
    expect(stepDiagnostics(cmd({ shell: '[ -f /x ] && run' }))).toEqual([]);
  });
});
