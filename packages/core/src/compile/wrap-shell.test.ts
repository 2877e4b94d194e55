import { describe, expect, it } from 'vitest';
import { splitShellChain, wrapShell, wrapWidth } from './wrap-shell.js';

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

  it('wraps long chains with the file escape token', () => {
    const long = `${'x'.repeat(wrapWidth)} && y`;
    expect(wrapShell('RUN', long, { escape: '\\' })).toBe(`RUN ${'x'.repeat(wrapWidth)} \\\n    && y`);
    expect(wrapShell('RUN', long, { escape: '`' })).toBe(`RUN ${'x'.repeat(wrapWidth)} \`\n    && y`);
  });

  it('leaves a long single command alone', () => {
    const long = `echo ${'y'.repeat(100)}`;
    expect(wrapShell('RUN', long, { escape: '\\' })).toBe(`RUN ${long}`);
  });
});
