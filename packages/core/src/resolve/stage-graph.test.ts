import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import type { Image } from '../image/image.js';
import type { Stage } from '../image/stage.js';
import { resolveImage } from './stage-graph.js';

const s = (name: string, from: Stage['from'], uses: string[] = []): Stage => ({
  name,
  from,
  steps: uses.map((u) => ({ kind: 'copy', sources: ['/x'], destination: '/x', from: { stage: u } })),
});

function order(stages: Stage[], target?: string): string[] {
  const { resolved, diagnostics } = resolveImage({ name: 'i', stages, ...(target ? { target } : {}) });
  expect(diagnostics).toEqual([]);
  return resolved!.stages.map((st) => st.name ?? '?');
}

describe('stage order', () => {
  it('keeps the written order when it already works', () => {
    expect(order([s('a', 'busybox'), s('b', 'busybox', ['a']), s('c', 'busybox', ['b'])])).toEqual(['a', 'b', 'c']);
  });

  it('moves dependencies before their users, stably', () => {
    expect(order([s('runtime', 'scratch', ['build', 'assets']), s('build', 'golang'), s('assets', 'node')])).toEqual(['build', 'assets', 'runtime']);
    expect(order([s('x', 'busybox'), s('app', { stage: 'base' }), s('base', 'busybox'), s('y', 'busybox')])).toEqual(['x', 'base', 'app', 'y']);
  });

  it('follows FROM, COPY --from and RUN --mount from, case-insensitively and by plain name', () => {
    const mountUser: Stage = { name: 'test', from: 'busybox', steps: [{ kind: 'run', command: 'go test', mounts: [{ type: 'bind', target: '/src', from: { stage: 'SRC' } }] }] };
    expect(order([mountUser, s('src', 'busybox')])).toEqual(['src', 'test']);
    expect(order([s('app', 'base'), s('base', 'busybox')])).toEqual(['base', 'app']);
  });

  it('puts the target last', () => {
    expect(order([s('dev', 'busybox'), s('prod', 'busybox'), s('lint', 'busybox')], 'prod')).toEqual(['dev', 'lint', 'prod']);
  });

  it('ignores ONBUILD triggers and unknown plain names (Docker reads those as images)', () => {
    const stage: Stage = { name: 'a', from: 'busybox', steps: [{ kind: 'onbuild', instruction: { kind: 'copy', sources: ['x'], destination: 'y', from: { stage: 'later' } } }, { kind: 'copy', sources: ['x'], destination: 'y', from: 'builder' }] };
    const { resolved, diagnostics } = resolveImage({ name: 'i', stages: [stage] });
    expect(diagnostics).toEqual([]);
    expect(resolved!.references[0]!.map((r) => [r.name, r.via, r.explicit])).toEqual([['busybox', 'from', false], ['builder', 'copy', false]]);
  });
});

describe('stage graph diagnostics', () => {
  const codes = (image: Image) => resolveImage(image).diagnostics.map((d) => `${d.code} ${formatDiagnostic(d).split('\n')[0]}`);

  it('reports duplicate names', () => {
    expect(codes({ name: 'i', stages: [s('a', 'busybox'), s('A', 'busybox')] })).toEqual(["DSL2001 error DSL2001 stage name 'A' is used by more than one stage"]);
  });

  it('reports an unknown explicit stage with a suggestion and the path', () => {
    const [d] = resolveImage({ name: 'api', stages: [s('build', 'golang'), s('runtime', 'scratch', ['biuld'])] }).diagnostics;
    expect(d).toMatchObject({ code: 'DSL2007', rule: 'CopyFromUnknownStage', message: "COPY --from refers to stage 'biuld', which does not exist (did you mean 'build'?)", path: ['images', 'api', 'stages', 'runtime', 'steps', 0, 'from'], hint: "use 'build'" });
  });

  it('reports self references, cycles and an unknown target', () => {
    expect(codes({ name: 'i', stages: [s('a', 'busybox', ['a'])] })[0]).toContain("DSL2004 error DSL2004 COPY --from refers to stage 'a' itself");
    expect(codes({ name: 'i', stages: [s('a', 'busybox', ['b']), s('b', 'busybox', ['a'])] })[0]).toContain('DSL2005 error DSL2005 stages depend on each other in a cycle: a → b → a');
    expect(codes({ name: 'i', target: 'prd', stages: [s('prod', 'busybox')] })[0]).toContain("DSL2006 error DSL2006 target 'prd' is not a stage of this image (did you mean 'prod'?)");
  });
});

describe('numbered stage references', () => {
  it('follow Docker (position in the file) and keep the written order, which gives the numbers their meaning', () => {
    // With target 'base', the target-last rule would move 'base' after stage 1 and make `--from=0` mean stage 1 itself.
    const stages: Stage[] = [
      { name: 'base', from: 'busybox', steps: [] },
      { from: 'golang', steps: [{ kind: 'copy', sources: ['/x'], destination: '/x', from: '0' }] },
    ];
    const { resolved, diagnostics } = resolveImage({ name: 'i', stages, target: 'base' });
    expect(diagnostics).toEqual([]);
    expect(resolved!.order).toEqual([0, 1]);
    expect(resolved!.references[1]![1]).toMatchObject({ name: '0', via: 'copy', explicit: false });
    expect(order([s('a', 'busybox'), { from: 'alpine', steps: [{ kind: 'copy', sources: ['/x'], destination: '/x', from: '0' }] }])).toEqual(['a', '?']);
  });

  it('reports a numbered self reference', () => {
    const { diagnostics } = resolveImage({ name: 'i', stages: [{ from: 'busybox', steps: [{ kind: 'copy', sources: ['/x'], destination: '/x', from: '0' }] }] });
    expect(diagnostics.map((d) => d.code)).toEqual(['DSL2004']);
  });
});
