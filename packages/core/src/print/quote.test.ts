import { describe, expect, it } from 'vitest';
import { defaultPrintContext } from './print-context.js';
import { canonicalWord, csvField, flag, jsonArray, pathsAreBare, quoteKey, quoteWord } from './quote.js';

const bs = defaultPrintContext;
const bt = { escape: '`' } as const;

describe('quoteWord', () => {
  it('leaves plain words and variable references bare', () => {
    expect(quoteWord('production', bs)).toBe('production');
    expect(quoteWord('/app/bin:$PATH', bs)).toBe('/app/bin:$PATH');
    expect(quoteWord('${HOME}/x', bs)).toBe('${HOME}/x');
  });

  it('quotes white space, quotes, a leading - and the empty string', () => {
    expect(quoteWord('a b', bs)).toBe('"a b"');
    expect(quoteWord("it's", bs)).toBe('"it\'s"');
    expect(quoteWord('-x', bs)).toBe('"-x"');
    expect(quoteWord('', bs)).toBe('""');
    expect(quoteWord('ü ñ', bs)).toBe('"ü ñ"');
  });

  it('escapes the escape token, double quotes and literal dollars', () => {
    expect(quoteWord('a\\b"c', bs)).toBe('"a\\\\b\\"c"');
    expect(quoteWord('\\$HOME', bs)).toBe('"\\$HOME"');
    expect(quoteWord('a`b\\c"d', bt)).toBe('"a``b\\c`"d"');
    expect(quoteWord('\\$X', bt)).toBe('"`$X"');
  });

  it('writes a $ that starts no valid reference as a literal dollar', () => {
    expect(quoteWord('cost $5', bs)).toBe('"cost \\$5"');
    expect(quoteWord('a$$b', bs)).toBe('"a\\$$b"'); // a literal $, then the reference $b
    expect(quoteWord('a$$', bs)).toBe('"a\\$\\$"');
    expect(quoteWord('trailing$', bs)).toBe('"trailing\\$"');
    expect(quoteWord('${', bs)).toBe('"\\${"');
    expect(quoteWord('${}', bs)).toBe('"\\${}"');
  });

  it('keeps references with modifiers', () => {
    expect(quoteWord('${NAME:-default}', bs)).toBe('${NAME:-default}');
    expect(quoteWord('${A:+set} ${B#x} ${C%%y}', bs)).toBe('"${A:+set} ${B#x} ${C%%y}"');
  });
});

describe('canonicalWord', () => {
  it('spells every literal dollar \\$ and leaves references alone', () => {
    expect(canonicalWord('plain')).toBe('plain');
    expect(canonicalWord('$A $1 \\$B ${C} ${')).toBe('$A \\$1 \\$B ${C} \\${');
  });
});

describe('quoteKey', () => {
  it('quotes keys with spaces and makes $ literal', () => {
    expect(quoteKey('org.opencontainers.image.title', bs)).toBe('org.opencontainers.image.title');
    expect(quoteKey('my key', bs)).toBe('"my key"');
    expect(quoteKey('$x', bs)).toBe('"\\$x"');
  });
});

describe('jsonArray', () => {
  it('writes JSON with a space after each comma', () => {
    expect(jsonArray(['echo', 'Hello, '])).toBe('["echo", "Hello, "]');
    expect(JSON.parse(jsonArray(['a"b', 'c]\n', '\\', '\u2028']))).toEqual(['a"b', 'c]\n', '\\', '\u2028']);
  });
});

describe('pathsAreBare', () => {
  it('accepts ordinary paths and globs and rejects what Docker would misread', () => {
    expect(pathsAreBare(['go.mod', 'src/**/*.go', './', '$HOME/x', 'repo.git#v1'])).toBe(true);
    for (const p of ['my file', '-x', '[x]', '<<EOF', 'a"b', "a'b", 'a\\b', '#x', '']) expect(pathsAreBare([p]), p).toBe(false);
  });
});

describe('csvField and flag', () => {
  it('quote CSV fields the way BuildKit reads them', () => {
    expect(csvField('target=/x')).toBe('target=/x');
    expect(csvField('target=/a b')).toBe('"target=/a b"');
    expect(csvField('id=a"b')).toBe('"id=a""b"');
  });

  it('writes --name=value and --name for true', () => {
    expect(flag('link', true)).toBe('--link');
    expect(flag('chown', 'a:b')).toBe('--chown=a:b');
    expect(flag('uid', 0)).toBe('--uid=0');
  });
});

describe('jsonArray and heredoc arrows', () => {
  it('writes << so that no reader takes it for a heredoc, and JSON still reads it back', () => {
    expect(jsonArray(['sh', '-c', 'cat <<EOF'])).toBe('["sh", "-c", "cat \\u003c<EOF"]');
    expect(JSON.parse(jsonArray(['a <<<b']))).toEqual(['a <<<b']);
  });
});
