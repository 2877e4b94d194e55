import { describe, expect, it } from 'vitest';
import { defaultHealthTiming, httpHealth, httpHealthcheckSchema, httpProbe } from './http-healthcheck.js';

describe('httpProbe', () => {
  it('probes with the runtime interpreter in exec form', () => {
    expect(httpProbe('node', 'node', 3000, '/health')).toEqual(['node', '-e', "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]);
    const python = httpProbe('python', 'python3', 8000, '/ready');
    expect(python.slice(0, 2)).toEqual(['python3', '-c']);
    expect(python[2]).toContain("urlopen('http://127.0.0.1:8000/ready', timeout=2)");
  });
});

describe('httpHealth', () => {
  it('probes the first numeric port with the default timing', () => {
    const health = httpHealth('node', 'node', undefined, ['9000/tcp', 4000]);
    expect(health?.test[2]).toContain('127.0.0.1:4000/health');
    expect(health?.timing).toEqual(defaultHealthTiming);
  });

  it('takes a port from text, an explicit port and timing over the defaults', () => {
    expect(httpHealth('node', 'node', {}, ['5000/tcp'])?.test[2]).toContain(':5000/');
    const health = httpHealth('python', 'python3', { port: 7000, path: '/ok', interval: '5s' }, [8000]);
    expect(health?.test[2]).toContain(':7000/ok');
    expect(health?.timing.interval).toBe('5s');
  });

  it('is off with false or without any port', () => {
    expect(httpHealth('node', 'node', false, [3000])).toBeUndefined();
    expect(httpHealth('node', 'node', {}, [])).toBeUndefined();
  });

  it('rejects a path that could break out of the probe program', () => {
    expect(httpHealthcheckSchema.safeParse({ path: "/x'); import os; os.system('id" }).success).toBe(false);
  });
});
