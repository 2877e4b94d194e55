import { describe, expect, it } from 'vitest';
import { colorEnabled, colorsFor } from './colors.js';
import { shellWords } from './shell-words.js';

describe('colours', () => {
  it('are on for a TTY, off for a pipe, off with NO_COLOR, forced with FORCE_COLOR', () => {
    expect(colorEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorEnabled({ isTTY: false }, {})).toBe(false);
    expect(colorEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(colorEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorsFor({ isTTY: true }, { NO_COLOR: '1' }).red('x')).toBe('x');
    expect(colorsFor({ isTTY: true }, {}).red('x')).toBe('\x1b[31mx\x1b[39m');
  });
});

describe('shellWords', () => {
  it('quotes only what a shell would split or expand', () => {
    expect(shellWords(['docker', 'build', '--build-arg', "MSG=it's $HOME", '-t', 'a/b:1', '.'])).toBe(`docker build --build-arg 'MSG=it'\\''s $HOME' -t a/b:1 .`);
  });
});
