import { image, stage, toImage } from '@dockerdsl/core';
import { describe, expect, it } from 'vitest';
import { memoryOutput } from '../ui/memory-output.js';
import { statusText, type ImageStatus } from './image-status.js';
import { ttyProgress } from './progress.js';
import { imageStepCount } from './step-count.js';

describe('steps are numbered per image', () => {
  const deps = stage('deps', { from: 'golang:1.22' }).run('go mod download');
  const assets = stage('assets', { from: 'node:22' }).run('npm ci').run('npm run build');
  const build = stage('build', { from: deps }).comment('compile').copy('.', '.').run('go build', { mounts: [{ type: 'bind', target: '/x', from: assets }] });
  const lint = stage('lint', { from: 'golang:1.22' }).run('go vet ./...');
  const runtime = stage('runtime', { from: 'scratch' }).copyFrom(build, '/out/app', '/app').entrypoint(['/app']);

  it('counts the instructions of the stages the target needs, not comments or unused stages', () => {
    const api = toImage(image('api', { stages: [deps, assets, build, lint, runtime] }));
    // runtime 2 + build 2 + deps 1 + assets 2; lint is not needed
    expect(imageStepCount(api)).toBe(7);
    expect(imageStepCount({ ...api, target: 'lint' })).toBe(1);
  });

  it('shows the step against the whole image, and gives a wide terminal more of the step', () => {
    const s: ImageStatus = { name: 'api', phase: 'building', startedAt: 0, totalSteps: 7, log: { steps: 5, cached: 0, errorLines: [], position: '1/3', current: '[runtime 2/3] COPY --from=build /out/app /app' } };
    expect(statusText(s, 1000)).toBe('building step 5/7 COPY --from=build /out/app /app (1.0 s)');
    const long = { ...s, log: { ...s.log, current: `[build 3/3] RUN ${'x'.repeat(200)}` } };
    const line = (columns: number) => {
      const io = memoryOutput('/', { FORCE_COLOR: '0' }, true);
      (io.err as { columns?: number }).columns = columns;
      ttyProgress(io, [long]).stop();
      return io.stderr().split('\n').at(-2)!.replace(/\x1b\[\d*[A-K]/g, '');
    };
    expect(line(80).length).toBeLessThanOrEqual(79);
    expect(line(200).length).toBeGreaterThan(150);
    expect(line(200).length).toBeLessThanOrEqual(199);
  });
});
