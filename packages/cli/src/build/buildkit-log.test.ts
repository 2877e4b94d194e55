import { describe, expect, it } from 'vitest';
import { BuildLog } from './buildkit-log.js';

// Output shaped like BuildKit's `--progress plain` for a 4-step Dockerfile whose last RUN fails.
const failing = `#4 [1/4] FROM docker.io/local/busybox:latest
#4 CACHED

#5 [2/4] RUN echo hi > /x
#5 CACHED

#6 [3/4] WORKDIR /w
#6 DONE 0.0s

#7 [4/4] RUN echo building; exit 3
#7 0.209 building
#7 ERROR: process "/bin/sh -c echo building; exit 3" did not complete successfully: exit code: 3
------
 > [4/4] RUN echo building; exit 3:
0.209 building
------
f.Dockerfile:4
ERROR: failed to solve: process "/bin/sh -c echo building; exit 3" did not complete successfully: exit code: 3`;

describe('BuildLog', () => {
  it('counts steps and cache hits, leaving FROM out, and finds the failing step and error text', () => {
    const log = new BuildLog();
    failing.split('\n').forEach((l) => log.push(l));
    expect(log.state).toMatchObject({ steps: 3, cached: 1, position: '4/4', failedStep: '[4/4] RUN echo building; exit 3' });
    expect(log.state.errorLines[0]).toBe('process "/bin/sh -c echo building; exit 3" did not complete successfully: exit code: 3');
    expect(log.state.errorLines).toContain('0.209 building');
    expect(log.state.errorLines.at(-1)).toMatch(/^ERROR: failed to solve/);
  });

  it('reads stage-named steps and does not count a vertex twice', () => {
    const log = new BuildLog();
    ['#8 [build 2/3] RUN go build', '#8 CACHED', '#8 CACHED', '#9 [runtime 2/2] COPY --from=build /out/app /app', '#9 DONE 0.1s'].forEach((l) => log.push(l));
    expect(log.state).toMatchObject({ steps: 2, cached: 1, current: '[runtime 2/2] COPY --from=build /out/app /app', position: '2/2' });
  });

  it('reads the classic builder: Step n/m, Using cache, non-zero code', () => {
    const log = new BuildLog();
    ['Step 1/3 : FROM busybox', 'Step 2/3 : RUN true', ' ---> Using cache', 'Step 3/3 : RUN false', "The command '/bin/sh -c false' returned a non-zero code: 1"].forEach((l) => log.push(l));
    expect(log.state).toMatchObject({ steps: 2, cached: 1, position: '3/3', failedStep: 'RUN false' });
    expect(log.state.errorLines).toEqual(["The command '/bin/sh -c false' returned a non-zero code: 1"]);
  });
});
