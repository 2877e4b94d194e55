import { describe, expect, it } from 'vitest';
import { printStep, stepDiagnostics } from './harness.test-util.js';
import { sh } from '../model/exec-form.js';
import { healthcheck, healthcheckNone } from './healthcheck.js';

describe('HEALTHCHECK', () => {
  it('prints every option before CMD', () => {
    const step = healthcheck(['wget', '-qO-', 'http://localhost:8080/health'], { interval: '30s', timeout: '5s', startPeriod: '1m30s', startInterval: '500ms', retries: 3 });
    expect(printStep(step)).toBe('HEALTHCHECK --interval=30s --timeout=5s --start-period=1m30s --start-interval=500ms --retries=3 CMD ["wget", "-qO-", "http://localhost:8080/health"]');
  });

  it('prints shell form and NONE', () => {
    expect(printStep(healthcheck(sh`curl --fail http://localhost:8000/health || exit 1`))).toBe('HEALTHCHECK CMD curl --fail http://localhost:8000/health || exit 1');
    expect(printStep(healthcheckNone())).toBe('HEALTHCHECK NONE');
  });

  it('validates durations, retries and NONE without options', () => {
    expect(stepDiagnostics(healthcheck(['true'], { interval: '10' }))[0]?.message).toBe("'interval': expected a duration such as 30s, 1m30s or 500ms");
    expect(stepDiagnostics(healthcheck(['true'], { retries: -1 }))[0]?.code).toBe('DSL1005');
    expect(stepDiagnostics({ kind: 'healthcheck', none: true, interval: '5s' })[0]?.message).toBe("'interval': HEALTHCHECK NONE takes no options (interval)");
    expect(stepDiagnostics({ kind: 'healthcheck', none: true, test: ['x'] })[0]?.code).toBe('DSL1007');
    expect(stepDiagnostics({ kind: 'healthcheck' })[0]).toMatchObject({ code: 'DSL1001', message: "'test' is required", hint: 'HEALTHCHECK needs a test command or { none: true }' });
    expect(stepDiagnostics({ kind: 'healthcheck', test: 'curl x' })[0]?.code).toBe('DSL1002');
  });
});
