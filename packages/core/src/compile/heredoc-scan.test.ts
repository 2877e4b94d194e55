import { describe, expect, it } from 'vitest';
import { compileImage } from './compile-image.js';
import { heredocLineReadable } from './heredoc-scan.js';

describe('heredocLineReadable', () => {
  it('accepts lines BuildKit lexes and refuses unbalanced quotes and malformed ${…}', () => {
    for (const line of ['RUN <<EOF', 'RUN --mount=type=cache,\\"target=/a,b\\" <<EOF', 'RUN a "b c" \'d\' ${X:-y} $5 <<EOF']) expect(heredocLineReadable(line), line).toBe(true);
    for (const line of ['RUN --device=${ <<EOF', 'RUN "a <<EOF', "RUN 'a <<EOF", 'RUN ${X:#y} <<EOF', 'RUN ${X <<EOF', 'RUN ${X:-y <<EOF']) expect(heredocLineReadable(line), line).toBe(false);
  });

  it('makes the compiler refuse such a heredoc RUN with DSL1027', () => {
    const result = compileImage({ name: 'h', stages: [{ from: 'busybox', steps: [{ kind: 'run', command: 'cat <<EOF | grep "x', heredocs: [{ body: 'a' }] }] }] });
    expect(result.diagnostics.map((d) => [d.code, d.path.join('.')])).toEqual([['DSL1027', 'images.h.stages.0.steps.0']]);
  });
});
