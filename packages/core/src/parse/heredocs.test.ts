import { describe, expect, it } from 'vitest';
import { parseDockerfile, sourceOf } from '../tooling.js';
import { codesOf, stepsOf } from './parse-helpers.test-util.js';

describe('heredocs', () => {
  it('reads a RUN heredoc and keeps the marker line as the command', () => {
    expect(stepsOf('FROM a\nRUN <<EOF\nset -eux\napt-get update\nEOF\nCMD ["x"]\n')).toEqual([
      { kind: 'run', command: '<<EOF', heredocs: [{ delimiter: 'EOF', body: 'set -eux\napt-get update' }] },
      { kind: 'cmd', command: ['x'] },
    ]);
  });

  it('reads <<-, quoted delimiters and a program after the marker', () => {
    const [run] = stepsOf("FROM a\nRUN <<-'SCRIPT' bash\n\techo $HOME\n\tSCRIPT\n");
    expect(run).toEqual({ kind: 'run', command: "<<-'SCRIPT' bash", heredocs: [{ delimiter: 'SCRIPT', body: '\techo $HOME', quoted: true, stripTabs: true }] });
  });

  it('reads several heredocs on one line in order', () => {
    const [run] = stepsOf('FROM a\nRUN <<A cat > /a && <<"B" cat > /b\nfirst\nA\nsecond\nB\n');
    expect(run).toMatchObject({ command: '<<A cat > /a && <<"B" cat > /b', heredocs: [{ delimiter: 'A', body: 'first' }, { delimiter: 'B', body: 'second', quoted: true }] });
  });

  it('ignores markers inside quotes', () => {
    expect(stepsOf('FROM a\nRUN echo "<<EOF" > x\n')).toEqual([{ kind: 'run', command: 'echo "<<EOF" > x' }]);
  });

  it('turns COPY heredocs into inline files', () => {
    expect(stepsOf('FROM a\nCOPY --chmod=0755 <<EOF /usr/local/bin/hello\n#!/bin/sh\necho hi\nEOF\n')).toEqual([
      { kind: 'copy', sources: [{ heredoc: { delimiter: 'EOF', body: '#!/bin/sh\necho hi' } }], destination: '/usr/local/bin/hello', chmod: '0755' },
    ]);
  });

  it('keeps a heredoc body verbatim, comment-looking and blank lines included', () => {
    const [run] = stepsOf('FROM a\nRUN <<EOF\n# not a comment\n\n  indented \\\nEOF\n');
    expect(run).toMatchObject({ heredocs: [{ body: '# not a comment\n\n  indented \\' }] });
  });

  it('spans the instruction range over the body', () => {
    const { image } = parseDockerfile('FROM a\nRUN <<EOF\nx\nEOF\n');
    expect(sourceOf(image!.stages[0]!.steps[0])).toEqual({ file: 'Dockerfile', line: 2, column: 1, endLine: 4, endColumn: 4 });
  });

  it('reports an unterminated heredoc and a heredoc destination', () => {
    const { diagnostics } = parseDockerfile('FROM a\nRUN <<EOF\necho hi\n');
    expect(diagnostics.map((d) => [d.code, d.source?.line, d.source?.column])).toEqual([['DSL5009', 2, 5]]);
    expect(codesOf('FROM a\nCOPY x <<EOF\nbody\nEOF\n')).toEqual(['DSL5021']);
  });
});
