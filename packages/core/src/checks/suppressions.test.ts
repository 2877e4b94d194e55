import { describe, expect, it } from 'vitest';
import { commentIgnores } from './suppressions.js';

describe('commentIgnores', () => {
  it('maps ignore comments to the next instruction line, and global ones to the file', () => {
    const ignores = commentIgnores(['# dsl global ignore=DSL3010', '', '  # hadolint ignore=DL3007,DL3008 pinned upstream', '', 'FROM alpine:latest']);
    expect([...ignores.file]).toEqual(['DSL3010']);
    expect(ignores.lines.get(5)).toEqual(new Set(['DL3007', 'DL3008']));
  });

  it('reads comments indented with Unicode white space, and skips lines of it', () => {
    const ignores = commentIgnores(['\u00a0\u2003# dsl ignore=DSL3001', '\ufeff ', 'RUN a']);
    expect(ignores.lines.get(3)).toEqual(new Set(['DSL3001']));
  });
});
