import { describe, expect, it } from 'vitest';
import { BakeLogRouter } from './bake-log.js';
import { BuildLog } from './buildkit-log.js';

// Lines as buildx 0.13 printed them for a bake of base, app and bad (trimmed).
const transcript = `#0 building with "default" instance using docker driver
#2 [bad internal] load build definition from bad.Dockerfile
#2 DONE 0.1s
#8 [bad 1/2] FROM docker.io/local/busybox:latest@sha256:5055
#8 DONE 0.3s
#10 [bad 2/2] RUN sleep 1; exit 3
#14 [base 2/2] RUN echo base > /base
#14 CACHED
#15 [base] exporting to image
#15 exporting manifest list sha256:be71 0.0s done
#15 DONE 0.6s
#10 ERROR: process "/bin/sh -c sleep 1; exit 3" did not complete successfully: exit code: 3
#16 [app stage-0 1/2] RUN cat /run/secrets/tok
#16 CANCELED
------
 > [bad 2/2] RUN sleep 1; exit 3:
------
ERROR: failed to solve: process "/bin/sh -c sleep 1; exit 3" did not complete successfully: exit code: 3`;

describe('BakeLogRouter', () => {
  it('hands each target its own lines, without the target prefix, and the error block to the failing one', () => {
    const lines = new Map<string, string[]>();
    const exported: string[] = [];
    const other: string[] = [];
    const router = new BakeLogRouter(['base', 'app', 'bad'], { line: (t, l) => lines.set(t, [...(lines.get(t) ?? []), l]), exported: (t) => exported.push(t), other: (l) => other.push(l) });
    for (const line of transcript.split('\n')) router.push(line);
    expect(lines.get('base')).toEqual(['#14 [2/2] RUN echo base > /base', '#14 CACHED', '#15 [base] exporting to image', '#15 exporting manifest list sha256:be71 0.0s done', '#15 DONE 0.6s']);
    expect(lines.get('app')).toEqual(['#16 [stage-0 1/2] RUN cat /run/secrets/tok', '#16 CANCELED']);
    expect(lines.get('bad')!.slice(-4)).toEqual(['------', ' > [bad 2/2] RUN sleep 1; exit 3:', '------', 'ERROR: failed to solve: process "/bin/sh -c sleep 1; exit 3" did not complete successfully: exit code: 3']);
    expect(exported).toEqual(['base']);
    expect(router.failedTarget).toBe('bad');
    // The sibling bake cancelled did not fail on its own: only 'bad' is built no second time.
    expect(router.failedTargets).toEqual(['bad']);
    expect(other).toEqual(['#0 building with "default" instance using docker driver']);
  });

  it('feeds BuildLog so steps, cache hits and the failing step read as for one build', () => {
    const logs = new Map(['base', 'app', 'bad'].map((t) => [t, new BuildLog()]));
    const router = new BakeLogRouter([...logs.keys()], { line: (t, l) => logs.get(t)!.push(l) });
    for (const line of transcript.split('\n')) router.push(line);
    expect(logs.get('base')!.state).toMatchObject({ steps: 1, cached: 1 });
    expect(logs.get('bad')!.state.failedStep).toBe('[2/2] RUN sleep 1; exit 3');
    expect(logs.get('bad')!.state.errorLines[0]).toContain('exit code: 3');
  });
});

describe('BakeLogRouter on a bake of one target', () => {
  it('gives the target every line but those of the project images it is built from', () => {
    const lines: string[] = [];
    const exported: string[] = [];
    const router = new BakeLogRouter(['app'], { line: (_t, l) => lines.push(l), exported: (t) => exported.push(t) }, ['base', 'app']);
    for (const line of ['#4 [base 1/2] FROM busybox', '#4 CACHED', '#5 [stage-0 2/2] RUN make', '#5 ERROR: exit code: 2', '------', ' > [stage-0 2/2] RUN make:']) router.push(line);
    expect(lines).toEqual(['#5 [stage-0 2/2] RUN make', '#5 ERROR: exit code: 2', '------', ' > [stage-0 2/2] RUN make:']);
    const log = new BuildLog();
    lines.forEach((l) => log.push(l));
    expect(log.state.failedStep).toBe('[stage-0 2/2] RUN make');
    router.push('#9 exporting to image');
    router.push('#9 exporting layers done');
    expect(exported).toEqual([]);
    router.push('#9 DONE 0.2s');
    expect(exported).toEqual(['app']);
  });
});

describe('BakeLogRouter with shared steps', () => {
  it('gives a step BuildKit named after the dependent image to the image it is built from', () => {
    const lines = new Map<string, string[]>();
    const owners: Record<string, string> = { 'RUN echo base > /base': 'base' };
    const router = new BakeLogRouter(['base', 'app'], { line: (t, l) => lines.set(t, [...(lines.get(t) ?? []), l]), ownerOf: (named, step) => owners[step] ?? named });
    for (const line of ['#14 [app 2/2] RUN echo base > /base', '#14 CACHED', '#16 [app stage-0 1/2] RUN make', '#16 CACHED']) router.push(line);
    expect(lines.get('base')).toEqual(['#14 [2/2] RUN echo base > /base', '#14 CACHED']);
    expect(lines.get('app')).toEqual(['#16 [stage-0 1/2] RUN make', '#16 CACHED']);
  });
});

describe('BakeLogRouter on a bake of one target built FROM another', () => {
  it('leaves the dependency\'s steps out even when BuildKit names them after the target', () => {
    const lines: string[] = [];
    const other: string[] = [];
    const owners: Record<string, string> = { 'RUN echo base > /base': 'base' };
    const router = new BakeLogRouter(['app'], { line: (_t, l) => lines.push(l), other: (l) => other.push(l), ownerOf: (named, step) => owners[step] ?? named }, ['base']);
    for (const line of ['#3 [app 2/2] RUN echo base > /base', '#3 CACHED', '#4 [app 1/2] RUN make', '#4 DONE 0.1s']) router.push(line);
    expect(lines).toEqual(['#4 [1/2] RUN make', '#4 DONE 0.1s']);
    expect(other).toEqual(['#3 [app 2/2] RUN echo base > /base', '#3 CACHED']);
  });
});
