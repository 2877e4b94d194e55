import { compose, image, stage } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

const healthy = { condition: 'service_healthy' } as const;
const withCheck = image('web', { stages: [stage('runtime', { from: 'local/busybox:latest' }).healthcheck(['true']).cmd(['httpd', '-f'])] }).toImage();
const base = stage('base', { from: 'local/busybox:latest' }).healthcheck(['true']);
const inherited = image('web2', { stages: [base, stage('runtime', { from: base }).cmd(['httpd', '-f'])] }).toImage();
const disabled = image('web3', { stages: [stage('runtime', { from: 'local/busybox:latest' }).healthcheckNone()] }).toImage();
const fromScratch = image('static', { stages: [stage('runtime', { from: 'scratch' }).copy('app', '/app')] }).toImage();
const fromBusybox = image('plain', { stages: [stage('runtime', { from: 'local/busybox:latest' })] }).toImage();

function check(target: compose.Service) {
  return compose.checkStack({ services: { client: { image: 'busybox', dependsOn: { web: healthy } }, web: target } }, []);
}

describe('DSL4007 service_healthy without a healthcheck', () => {
  it("accepts the image's own HEALTHCHECK, also one inherited from an earlier stage", () => {
    expect(check({ build: { image: withCheck } })).toEqual([]);
    expect(check({ build: { image: inherited, target: 'runtime' } })).toEqual([]);
  });

  it('accepts a compose healthcheck', () => {
    expect(check({ image: 'nginx', healthcheck: { test: ['curl', '-f', 'http://localhost'] } })).toEqual([]);
  });

  it('is an error when the image says HEALTHCHECK NONE, starts from scratch, or compose disables the check', () => {
    for (const target of [{ build: { image: disabled } }, { build: { image: fromScratch } }, { build: { image: withCheck }, healthcheck: { disable: true } }]) {
      const [d] = check(target);
      expect(d).toMatchObject({ code: 'DSL4007', severity: 'error', path: ['services', 'client', 'dependsOn', 'web'] });
    }
  });

  it('is a warning when the base image is not ours to read', () => {
    const [a] = check({ build: { image: fromBusybox } });
    expect(a).toMatchObject({ code: 'DSL4007', severity: 'warning' });
    expect(a!.message).toContain("its base 'local/busybox:latest' may or may not define one");
    const [b] = check({ image: 'nginx' });
    expect(b).toMatchObject({ code: 'DSL4007', severity: 'warning' });
  });

  it('keeps the image test when compose only changes the timing', () => {
    expect(check({ build: { image: withCheck }, healthcheck: { interval: '2s' } })).toEqual([]);
  });
});
