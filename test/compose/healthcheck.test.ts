import { compose, image, stage } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';

describe('compose health checks', () => {
  it('writes exec form as CMD and shell form as CMD-SHELL', () => {
    expect(compose.testLine(['curl', '-f', 'http://localhost'])).toEqual(['CMD', 'curl', '-f', 'http://localhost']);
    expect(compose.testLine({ shell: 'curl -f http://localhost || exit 1' })).toEqual(['CMD-SHELL', 'curl -f http://localhost || exit 1']);
  });

  it('reads every test form back', () => {
    expect(compose.readTestLine(['CMD', 'true'])).toEqual({ test: ['true'] });
    expect(compose.readTestLine(['CMD-SHELL', 'true || false'])).toEqual({ test: { shell: 'true || false' } });
    expect(compose.readTestLine('true')).toEqual({ test: { shell: 'true' } });
    expect(compose.readTestLine(['NONE'])).toEqual({ disable: true });
    expect(compose.readTestLine(['curl'])).toBeUndefined();
  });

  it("finds the image's own HEALTHCHECK in the target stage or the stages it starts from", () => {
    const base = stage('base', { from: 'local/busybox:latest' }).healthcheck(['true'], { interval: '5s' });
    const img = image('web', { stages: [base, stage('app', { from: base }), stage('other', { from: 'nginx' })] }).toImage();
    expect(compose.imageHealth(img, 'app')).toMatchObject({ kind: 'check', healthcheck: { test: ['true'], interval: '5s' } });
    expect(compose.imageHealth(img, 'other')).toEqual({ kind: 'unknown', base: 'nginx' });
    expect(compose.imageHealth(img)).toEqual({ kind: 'unknown', base: 'nginx' });
  });

  it('writes timing in spec key order', () => {
    const out = compose.compileHealthcheck({ retries: 3, startPeriod: '1s', test: ['true'], interval: '2s' });
    expect(Object.keys(out)).toEqual(['test', 'interval', 'retries', 'start_period']);
  });
});
