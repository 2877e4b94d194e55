import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineReader } from '../parse/lines.js';
import { chainBreaks, layoutBreaks, splitShellChain, wrapShell, wrapWidth } from './wrap-shell.js';

describe('splitShellChain', () => {
  it('splits at top-level &&, || and ;', () => {
    expect(splitShellChain('a && b || c; d')).toEqual(['a', '&& b', '|| c', '; d']);
  });

  it('never splits inside quotes, substitutions, braces or case arms', () => {
    expect(splitShellChain(`echo "a && b" 'c; d' \`e && f\``)).toHaveLength(1);
    expect(splitShellChain('x=$(a && b) && { c; d; }')).toEqual(['x=$(a && b)', '&& { c; d; }']);
    expect(splitShellChain('case $x in a) b;; esac')).toEqual(['case $x in a) b;; esac']);
    expect(splitShellChain('echo a\\;b')).toEqual(['echo a\\;b']);
  });
});

describe('wrapShell', () => {
  it('keeps short commands on one line', () => {
    expect(wrapShell('RUN', 'a && b', { escape: '\\' })).toBe('RUN a && b');
  });

  it('wraps long chains with the file escape token, in the blank before && and after ;', () => {
    const long = `${'x'.repeat(wrapWidth)} && y; z`;
    expect(wrapShell('RUN', long, { escape: '\\' })).toBe(`RUN ${'x'.repeat(wrapWidth)}\\\n && y;\\\n z`);
    expect(wrapShell('RUN', long, { escape: '`' })).toBe(`RUN ${'x'.repeat(wrapWidth)}\`\n && y;\`\n z`);
  });

  it('breaks a command at the runs of blanks a multi-line instruction left, at any length', () => {
    expect(layoutBreaks('set -eux; \tapt-get update')).toEqual([10]);
    expect(wrapShell('RUN', 'set -eux; \tapt-get update;     rm -rf x', { escape: '\\' })).toBe('RUN set -eux; \\\n\tapt-get update; \\\n    rm -rf x');
  });

  it('never starts a line with # (Docker would drop it as a comment) nor escapes its own escape token', () => {
    expect(layoutBreaks('echo a   # b')).toEqual([]);
    expect(chainBreaks('a\\ && b', '\\')).toEqual([]);
    expect(chainBreaks('a ; \t  # comment', '\\')).toEqual([]);
  });

  it('gives back exactly the text, as Docker joins the lines', () => {
    const word = fc.constantFrom('a', 'x1', '&&', '||', ';', '#', '\\', '`', '"', "'", 'echo', 'long-word-'.repeat(8));
    const blank = fc.constantFrom(' ', '  ', '\t', ' \t  ', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, blank), { minLength: 1, maxLength: 20 }), fc.constantFrom<'\\' | '`'>('\\', '`'), (pieces, escape) => {
        const command = pieces.map(([w, b]) => w + b).join('').trim();
        fc.pre(command !== '' && !command.endsWith(escape));
        const printed = wrapShell('RUN', command, { escape });
        expect(new LineReader(`${printed}\n`, escape).nextLogical().text).toBe(`RUN ${command}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves a long single command alone', () => {
    const long = `echo ${'y'.repeat(100)}`;
    expect(wrapShell('RUN', long, { escape: '\\' })).toBe(`RUN ${long}`);
  });
});
