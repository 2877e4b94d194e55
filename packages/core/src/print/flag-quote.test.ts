import { describe, expect, it } from 'vitest';
import { defaultPrintContext } from './print-context.js';
import { csvText, expandedFlag, flagText, lexerText, literalFlag, mountFlag } from './flag-quote.js';

const bs = defaultPrintContext;
const bt = { escape: '`' } as const;

describe('flag quoting', () => {
  it('escapes quotes, the escape token and literal dollars for the lexer, keeping references', () => {
    expect(lexerText(`a'b"c\\d`, bs)).toBe(`a\\'b\\"c\\\\d`);
    expect(lexerText('$UID:$5', bs)).toBe('$UID:\\$5');
    expect(lexerText('a`b$$', bt)).toBe('a``b`$`$');
  });

  it('escapes what the flag scanner would drop', () => {
    expect(flagText(`"a'\\`, bs)).toBe(`\\"a\\'\\\\`);
    expect(flagText('a`b"', bt)).toBe('a``b`"');
  });

  it('quotes CSV fields holding a comma or a quote, doubling inner quotes', () => {
    expect(csvText('target=/x')).toBe('target=/x');
    expect(csvText('target=/a,b')).toBe('"target=/a,b"');
    expect(csvText('id=a"b')).toBe('"id=a""b"');
  });

  it('writes expanded and literal flags and whole mounts', () => {
    expect(expandedFlag('chown', 'a"b', bs)).toBe('--chown=a\\\\\\"b');
    expect(expandedFlag('chown', 1000, bs)).toBe('--chown=1000');
    expect(literalFlag('exclude', '*.md', bs)).toBe('--exclude=*.md');
    expect(mountFlag([['type', 'cache'], ['target', '/a,b']], ['ro'], bs)).toBe('--mount=type=cache,\\"target=/a,b\\",ro');
  });
});
