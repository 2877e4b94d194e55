import { describe, expect, it } from 'vitest';
import { statusText } from './image-status.js';
import { bytes, summaryTable } from './summary-table.js';

describe('summary', () => {
  it('prints an aligned table of image, tag, status, size, time and cache hits', () => {
    expect(
      summaryTable([
        { image: 'api', tag: 'acme/api:dev', status: 'done', size: 7_340_032, ms: 12_345, steps: 4, cached: 4, digest: `sha256:${'ab12'.repeat(16)}`, pushed: [`reg.test/acme/api:dev@sha256:${'ab12'.repeat(16)}`] },
        { image: 'worker', tag: 'worker:latest', status: 'failed', ms: 800, steps: 2, cached: 0 },
      ]),
    ).toBe(
      'IMAGE   TAG            STATUS  SIZE    TIME    CACHE HITS  DIGEST\n' +
        'api     acme/api:dev   done    7.3 MB  12.3 s  4/4         sha256:ab12ab12ab12\n' +
        'worker  worker:latest  failed  -       0.8 s   0/2         -\n' +
        `pushed reg.test/acme/api:dev@sha256:${'ab12'.repeat(16)}\n`,
    );
  });

  it('formats sizes in decimal units', () => {
    expect([bytes(999), bytes(2_048), bytes(1_500_000_000)]).toEqual(['999 B', '2.0 kB', '1.5 GB']);
  });

  it('says cached when every step came from the cache, and names the failing step', () => {
    const log = { steps: 3, cached: 3, errorLines: [] };
    expect(statusText({ name: 'a', phase: 'done', ms: 400, log })).toBe('cached in 0.4 s');
    expect(statusText({ name: 'a', phase: 'done', ms: 400, log: { ...log, cached: 1 } })).toBe('done in 0.4 s');
    expect(statusText({ name: 'a', phase: 'failed', log: { ...log, failedStep: '[2/3] RUN make' } })).toBe('failed at [2/3] RUN make');
    expect(statusText({ name: 'a', phase: 'building', startedAt: 0, log: { ...log, position: '2/3', current: '[2/3] RUN make' } }, 1500)).toBe('building step 2/3 RUN make (1.5 s)');
  });
});
