import { describe, expect, it } from 'vitest';
import { parseDockerfile, sourceOf } from '../tooling.js';
import { codesOf, parseClean, stepsOf } from './parse-helpers.test-util.js';

describe('edge cases real files contain', () => {
  it('reads heredocs inside ONBUILD', () => {
    expect(stepsOf('FROM a\nONBUILD RUN <<EOF\nmake\nEOF\nCMD ["x"]\n')).toEqual([
      { kind: 'onbuild', instruction: { kind: 'run', command: '<<EOF', heredocs: [{ delimiter: 'EOF', body: 'make' }] } },
      { kind: 'cmd', command: ['x'] },
    ]);
  });

  it('reads a heredoc whose marker sits on a continued line, and an fd prefix', () => {
    expect(stepsOf('FROM a\nRUN --network=none \\\n  2<<ERR cat\noops\nERR\n')).toEqual([
      { kind: 'run', network: 'none', command: '2<<ERR cat', heredocs: [{ delimiter: 'ERR', body: 'oops' }] },
    ]);
  });

  it('reads CRLF heredoc bodies without carriage returns', () => {
    expect(stepsOf('FROM a\r\nRUN <<EOF\r\necho hi\r\nEOF\r\n')).toEqual([{ kind: 'run', command: '<<EOF', heredocs: [{ delimiter: 'EOF', body: 'echo hi' }] }]);
  });

  it('treats directive-looking lines after the first instruction or comment as comments', () => {
    const image = parseClean('# hello\n# escape=`\nFROM a\nRUN a \\\n  b\n');
    expect(image.directives).toBeUndefined();
    expect(image.stages[0]).toMatchObject({ comment: 'hello\nescape=`', steps: [{ kind: 'run', command: 'a   b' }] });
  });

  it('separates the keyword by a tab and keeps white space inside quoted arguments', () => {
    expect(stepsOf('FROM a\nENV\tA="x   y"\nWORKDIR\t/srv\n')).toEqual([{ kind: 'env', vars: { A: 'x   y' } }, { kind: 'workdir', path: '/srv' }]);
  });

  it('keeps a # inside an instruction as text', () => {
    expect(stepsOf('FROM a\nRUN echo "#1" # trailing shell comment\n')).toEqual([{ kind: 'run', command: 'echo "#1" # trailing shell comment' }]);
  });

  it('reads FROM with a digest and keeps the stage name case as written', () => {
    const image = parseClean('FROM alpine@sha256:0123456789abcdef AS Build\n');
    expect(image.stages[0]).toEqual({ from: 'alpine@sha256:0123456789abcdef', name: 'Build', steps: [] });
  });

  it('attaches a range to each ARG of a multi-name ARG line', () => {
    const { image } = parseDockerfile('ARG A B\nFROM x\n');
    expect(image!.args!.map((a) => sourceOf(a)?.line)).toEqual([1, 1]);
  });

  it('reports variables with bad modifiers where the builder expands them', () => {
    const { diagnostics } = parseDockerfile('FROM a\nCOPY ${SRC!x} /dst\n');
    expect(diagnostics.map((d) => [d.code, d.source?.line, d.source?.column])).toEqual([['DSL5014', 2, 6]]);
    expect(codesOf('FROM a\nLABEL a=${B\n')).toEqual(['DSL5014']);
  });
});
