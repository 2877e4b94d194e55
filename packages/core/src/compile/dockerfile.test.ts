import { describe, expect, it } from 'vitest';
import type { Image } from '../image/image.js';
import { resolveImage } from '../resolve/stage-graph.js';
import { printDockerfile } from './dockerfile.js';

function print(image: Image, options = {}): string {
  const { resolved, diagnostics } = resolveImage(image);
  expect(diagnostics).toEqual([]);
  return printDockerfile(resolved!, options);
}

const twoStages: Image = {
  name: 'api',
  comment: 'The API image',
  args: [{ kind: 'arg', name: 'GO_VERSION', default: '1.22', comment: 'toolchain' }],
  stages: [
    { name: 'build', from: 'golang:${GO_VERSION}', platform: '$BUILDPLATFORM', comment: 'compile', steps: [{ kind: 'run', command: 'go build -o /out/app .', comment: 'static binary' }] },
    { name: 'runtime', from: 'scratch', steps: [{ kind: 'copy', sources: ['/out/app'], destination: '/app', from: { stage: 'build' } }, { kind: 'comment', text: 'the end' }, { kind: 'entrypoint', command: ['/app'] }] },
  ],
};

describe('printDockerfile', () => {
  it('writes the header, global ARGs, then each stage with comments, a blank line between stages', () => {
    expect(print(twoStages)).toBe(
      [
        '# The API image',
        '# toolchain',
        'ARG GO_VERSION=1.22',
        '',
        '# compile',
        'FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build',
        '# static binary',
        'RUN go build -o /out/app .',
        '',
        'FROM scratch AS runtime',
        'COPY --from=build /out/app /app',
        '# the end',
        'ENTRYPOINT ["/app"]',
        '',
      ].join('\n'),
    );
  });

  it('leaves comments out when asked', () => {
    expect(print(twoStages, { comments: false })).toBe(
      'ARG GO_VERSION=1.22\n\nFROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build\nRUN go build -o /out/app .\n\nFROM scratch AS runtime\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
    );
  });

  it('writes parser directives first: syntax (unless turned off), escape and check', () => {
    const image: Image = { name: 'd', directives: { syntax: 'docker/dockerfile:1.7', escape: '`', check: 'skip=JSONArgsRecommended' }, stages: [{ from: 'busybox', steps: [{ kind: 'env', vars: { A: 'x "y"' } }] }] };
    expect(print(image)).toBe('# syntax=docker/dockerfile:1.7\n# escape=`\n# check=skip=JSONArgsRecommended\n\nFROM busybox\nENV A="x `"y`""\n');
    expect(print(image, { syntaxDirective: false })).toBe('# escape=`\n# check=skip=JSONArgsRecommended\n\nFROM busybox\nENV A="x `"y`""\n');
    expect(print({ ...image, directives: { escape: '\\' } })).toBe('FROM busybox\nENV A="x \\"y\\""\n');
  });

  it('keeps a leading comment that looks like a directive from being read as one', () => {
    expect(print({ name: 'c', comment: 'escape=`', stages: [{ from: 'busybox', steps: [] }] })).toBe('\n# escape=`\n\nFROM busybox\n');
  });

  it('prints a stage FROM another stage by its name', () => {
    const image: Image = { name: 's', stages: [{ name: 'base', from: 'busybox', steps: [] }, { name: 'app', from: { stage: 'base' }, steps: [] }] };
    expect(print(image)).toBe('FROM busybox AS base\n\nFROM base AS app\n');
  });

  it('is deterministic: the same image gives the same bytes', () => {
    const copy = structuredClone(twoStages);
    expect(print(copy)).toBe(print(twoStages));
  });
});

describe('a first comment with =', () => {
  it('is moved off the first line so no reader takes it for a directive', () => {
    expect(print({ name: 'c', comment: "it's = fine", stages: [{ from: 'busybox', steps: [] }] })).toBe("\n# it's = fine\n\nFROM busybox\n");
    expect(print({ name: 'c', comment: 'plain', stages: [{ from: 'busybox', steps: [] }] })).toBe('# plain\n\nFROM busybox\n');
  });
});
