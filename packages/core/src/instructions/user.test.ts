import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { user } from './user.js';

describe('USER', () => {
  it('prints a name or id with an optional group', () => {
    expect(printStep(user('appuser'))).toBe('USER appuser');
    expect(printStep(user(10001, 10001))).toBe('USER 10001:10001');
    expect(printStep(user('node', 'node'))).toBe('USER node:node');
  });

  it('rejects white space, negative ids, quotes and escape characters', () => {
    expect(stepDiagnostics(user('a b'))[0]?.message).toContain('cannot contain white space');
    expect(stepDiagnostics(user(-1))[0]?.code).toBe('DSL1005');
    expect(stepDiagnostics(user('app\\'))[0]?.code).toBe('DSL1006');
    expect(stepDiagnostics(user('app', 'grp`'))[0]?.code).toBe('DSL1006');
    expect(stepDiagnostics(user('a"b'))[0]?.message).toBe("'user': a user or group cannot contain quotes or escape characters (Docker reads them as syntax)");
  });
});
