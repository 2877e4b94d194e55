import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellWords } from './shell-words.js';

describe('shellWords', () => {
  it('leaves safe words bare and quotes the rest', () => {
    expect(shellWords(['go', 'build', '-ldflags=-s -w', '-tags=netgo,osusergo', '-o', '/out/app', './cmd/api'])).toBe("go build '-ldflags=-s -w' -tags=netgo,osusergo -o /out/app ./cmd/api");
    expect(shellWords([''])).toBe("''");
  });

  it('gives the shell back exactly the words, whatever they hold', () => {
    const words = ["it's", '$HOME', '`id`', 'a b', 'x;y', '\\n', '*'];
    const echoed = execFileSync('sh', ['-c', `printf '%s\\n' ${shellWords(words)}`], { encoding: 'utf8' });
    expect(echoed.split('\n').slice(0, -1)).toEqual(words);
  });
});
