import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentIgnores, type CommentIgnores } from './suppressions.js';

const ignoreComment = /^\s*#\s*(dsl|hadolint)\s+(global\s+)?ignore\s*=\s*([A-Za-z0-9_,\s]+?)(?:\s+(?!,)\S.*)?$/;

// The first version, kept as the reference: each line trimmed before looking at it.
function reference(lines: readonly string[]): CommentIgnores {
  const result: CommentIgnores = { lines: new Map(), file: new Set() };
  let pending: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i]!.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      const match = ignoreComment.exec(lines[i]!);
      if (!match) continue;
      const codes = match[3]!.split(/[\s,]+/).filter(Boolean);
      if (match[2]) codes.forEach((c) => result.file.add(c));
      else pending.push(...codes);
      continue;
    }
    if (pending.length > 0) {
      result.lines.set(i + 1, new Set(pending));
      pending = [];
    }
  }
  return result;
}

describe('commentIgnores', () => {
  it('maps ignore comments to the next instruction line, and global ones to the file', () => {
    const ignores = commentIgnores(['# dsl global ignore=DSL3010', '', '  # hadolint ignore=DL3007,DL3008 pinned upstream', '', 'FROM alpine:latest']);
    expect([...ignores.file]).toEqual(['DSL3010']);
    expect(ignores.lines.get(5)).toEqual(new Set(['DL3007', 'DL3008']));
  });

  it('agrees with the trimming version on any lines, Unicode white space included', () => {
    const piece = fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\ufeff', '#', ' dsl ignore=DSL3001', ' hadolint global ignore=DL3000 x', 'RUN a', '');
    const line = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
      expect(commentIgnores(lines)).toEqual(reference(lines));
    }), { numRuns: 3000 });
  });
});
