import { describe, expect, it } from 'vitest';
import { parseDockerfile, sourceOf } from '../tooling.js';
import { codesOf, parseClean } from './parse-helpers.test-util.js';

describe('parseDockerfile', () => {
  it('builds stages, global ARGs and the image name from the file', () => {
    const { image } = parseDockerfile('ARG GO_VERSION=1.22\nFROM golang:${GO_VERSION} AS build\nRUN go build\nFROM scratch\nCOPY --from=build /out /app\n', { file: 'svc/api.Dockerfile' });
    expect(image).toEqual({
      name: 'api',
      args: [{ kind: 'arg', name: 'GO_VERSION', default: '1.22' }],
      stages: [
        { from: 'golang:${GO_VERSION}', name: 'build', steps: [{ kind: 'run', command: 'go build' }] },
        { from: 'scratch', steps: [{ kind: 'copy', from: 'build', sources: ['/out'], destination: '/app' }] },
      ],
    });
  });

  it('accepts instruction keywords in any case', () => {
    const image = parseClean('from alpine as Base\nRun echo hi\nworkDir /x\n');
    expect(image.stages[0]).toEqual({ from: 'alpine', name: 'Base', steps: [{ kind: 'run', command: 'echo hi' }, { kind: 'workdir', path: '/x' }] });
  });

  it('attaches comments to the instruction right below; a block before a blank line stays a standalone comment', () => {
    const image = parseClean('# header\n\n# the base\nFROM a\n# install\n#   tools\nRUN x\n# section\n\nRUN y\n# done\n');
    expect(image.comment).toBe('header');
    expect(image.stages[0]!.comment).toBe('the base');
    expect(image.stages[0]!.steps).toEqual([
      { kind: 'run', command: 'x', comment: 'install\n  tools' },
      { kind: 'comment', text: 'section' },
      { kind: 'run', command: 'y' },
      { kind: 'comment', text: 'done' },
    ]);
  });

  it('reads ONBUILD with its trigger and flags', () => {
    expect(parseClean('FROM a\nONBUILD COPY --chown=app . /app\nonbuild run make\n').stages[0]!.steps).toEqual([
      { kind: 'onbuild', instruction: { kind: 'copy', chown: 'app', sources: ['.'], destination: '/app' } },
      { kind: 'onbuild', instruction: { kind: 'run', command: 'make' } },
    ]);
    expect(codesOf('FROM a\nONBUILD ONBUILD RUN x\nONBUILD FROM b\nONBUILD MAINTAINER me\nONBUILD\n')).toEqual(['DSL5015', 'DSL5015', 'DSL5015', 'DSL5015']);
  });

  it('attaches a 1-based range to every stage and instruction', () => {
    const { image } = parseDockerfile('  FROM a\n\nRUN b \\\n  c\n', { file: 'x/Dockerfile' });
    expect(sourceOf(image!.stages[0])).toEqual({ file: 'x/Dockerfile', line: 1, column: 3, endLine: 1, endColumn: 9 });
    expect(sourceOf(image!.stages[0]!.steps[0])).toEqual({ file: 'x/Dockerfile', line: 3, column: 1, endLine: 4, endColumn: 4 });
  });

  it('reports unknown instructions with a suggestion, and the position', () => {
    const { diagnostics } = parseDockerfile('FROM a\n  RUNN make\n');
    expect(diagnostics).toEqual([
      { code: 'DSL5001', rule: 'UnknownInstruction', severity: 'error', message: 'unknown instruction: RUNN', path: ['stages', 0, 'steps', 0], source: { file: 'Dockerfile', line: 2, column: 3, endLine: 2, endColumn: 3 }, hint: 'did you mean RUN?' },
    ]);
  });

  it('reports instructions before FROM, files without stages and empty files', () => {
    expect(codesOf('RUN x\nFROM a\n')).toEqual(['DSL5002']);
    expect(codesOf('ARG A\n')).toEqual(['DSL5003']);
    expect(parseDockerfile('# only a comment\n\n').diagnostics[0]!.message).toMatch(/cannot be empty/);
    expect(parseDockerfile('').image).toBeUndefined();
  });

  it('reports malformed FROM lines', () => {
    expect(codesOf('FROM a b\n')).toEqual(['DSL5004']);
    expect(codesOf('FROM a AS 1x\n')).toEqual(['DSL5004']);
  });

  it('reports a logical line over 64 KiB', () => {
    expect(codesOf(`FROM a\nRUN echo ${'x'.repeat(70_000)}\n`)).toEqual(['DSL5018']);
  });
});
