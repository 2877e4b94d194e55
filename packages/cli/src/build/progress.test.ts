import { describe, expect, it } from 'vitest';
import { memoryOutput } from '../ui/memory-output.js';
import type { ImageStatus } from './image-status.js';
import { plainProgress, ttyProgress } from './progress.js';

const status = (name: string, phase: ImageStatus['phase']): ImageStatus => ({ name, phase, log: { steps: 0, cached: 0, errorLines: [] } });

describe('progress', () => {
  it('prefixes docker output with the image name and logs phase changes (plain)', () => {
    const io = memoryOutput('/');
    const p = plainProgress(io, ['api', 'worker']);
    const api = status('api', 'building');
    p.update(api);
    p.line(api, '#5 [2/3] RUN make');
    p.update({ ...api, phase: 'done', ms: 1200, log: { steps: 2, cached: 2, errorLines: [] } });
    p.update(status('worker', 'skipped'));
    expect(io.stderr()).toBe('api    | building\napi    | #5 [2/3] RUN make\napi    | cached in 1.2 s\nworker | skipped (a dependency did not build)\n');
  });

  it('redraws one line per image in place on a terminal', () => {
    const io = memoryOutput('/', { FORCE_COLOR: '0' }, true);
    const a = status('api', 'queued');
    const b = status('worker', 'queued');
    const p = ttyProgress(io, [a, b]);
    a.phase = 'done';
    a.ms = 3400;
    b.phase = 'failed';
    b.log.failedStep = '[2/2] RUN false';
    p.stop();
    const frames = io.stderr().split('\x1b[2A');
    expect(frames).toHaveLength(2);
    expect(frames[0]).toBe('\x1b[2Kapi     queued\n\x1b[2Kworker  queued\n');
    expect(frames[1]).toBe('\x1b[2Kapi     done in 3.4 s\n\x1b[2Kworker  failed at [2/2] RUN false\n');
  });
});
