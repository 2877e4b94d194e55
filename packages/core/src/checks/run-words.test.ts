import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isMentionWord, mentionKeys, mentionOf, runWords } from './run-words.js';
import { analyseShell, clearShellCache } from './shell-script.js';

// Pieces of RUN text: program names the rules look for, their families, quoting, escapes, line
// breaks, operators, paths and non-ASCII text.
const pieces = ['apt', 'apt-get', 'get', 'pip', '3', '.12', 'sudo', 'sh', ' -c ', 'curl', 'x', '_', '-', '/', '/usr/bin/', ' ', '\t', '\n', '\r', '\\', '\\\n', '"', "'", "$'", '\\x61', '$', '${', '}', '$(', ')', '`', '|', '&&', ';', '#', '=', 'é', '<<', 'EOF', '2>', '<', '{', '<<<', '>&', '&', '(', '*', '~', 'é'];

describe('runWords', () => {
  test('finds each word the shell analysis reads: a program, a wrapper or an argument', () => {
    // A rule skipped because its programs are not mentioned must be a rule that could not fire.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        clearShellCache();
        const words = runWords([text]);
        for (const command of analyseShell(text).commands) {
          for (const word of [command.name, ...command.via, ...command.args]) {
            const mention = mentionOf(word);
            if (mention !== undefined) expect(words.has(mention), `${JSON.stringify(text)}: ${word}`).toBe(true);
          }
        }
      }),
      { numRuns: +(process.env.RUN_WORDS_RUNS ?? 20000) },
    );
  });

  test('reads words through quotes and escapes, and ends them at digits, dots and slashes', () => {
    const words = runWords(['DEBIAN_FRONTEND=noninteractive "apt-get" in\'stall\' -y curl2 && /usr/local/bin/pip3.12 install x']);
    for (const word of ['DEBIAN_FRONTEND', 'noninteractive', 'apt-get', 'install', '-y', 'curl', 'pip', 'usr', 'x']) expect(words.has(word), word).toBe(true);
    for (const word of ['apt', 'get', 'local-bin', 'installx']) expect(words.has(word), word).toBe(false);
  });

  test('takes every word as mentioned in a script with ANSI-C quoting, whose escapes can spell one', () => {
    expect(analyseShell("$'\\x61pt-get' install").commands[0]?.name).toBe('apt-get');
    expect(runWords(["$'\\x61pt-get' install"]).has('apt-get')).toBe(true);
    expect(runWords(['echo hi', "printf $'a\\tb'"]).has('anything')).toBe(true);
  });

  test('cannot rule out a word that is not letters, - and _ (a run never holds one)', () => {
    expect(runWords(['make']).has('pip3')).toBe(true);
  });

  test('finds words among many and rules most others out', () => {
    const names = Array.from({ length: 100 }, (_, i) => `t${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const words = runWords([names.join('&&')]);
    for (const name of names) expect(words.has(name), name).toBe(true);
    const falseHits = ['apt-get', 'curl', 'wget', 'sudo', 'pip', 'npm', 'apk', 'yum', 'go', 'cd'].filter((w) => words.has(w));
    expect(falseHits).toEqual([]);
  });

  test('takes every word as mentioned in scripts of more than 512 characters, which are tokenised anyway', () => {
    const long = `echo ${'x'.repeat(500)}`; // 505 characters
    expect(runWords([long]).has('apt-get')).toBe(false);
    expect(runWords([long, 'make all']).has('apt-get')).toBe(true);
  });

  test('tests several words at once through their keys, as has() tests each', () => {
    const words = runWords(['apt-get update && sudo make']);
    expect(words.hasAny(mentionKeys(['curl', 'sudo']))).toBe(true);
    expect(words.hasAny(mentionKeys(['curl', 'wget']))).toBe(false);
    expect(words.hasAny(mentionKeys([]))).toBe(false);
    expect(words.hasAny(mentionKeys(['curl', 'pip3']))).toBe(true); // pip3 cannot be ruled out
    expect(runWords(["printf $'x'"]).hasAny(mentionKeys(['curl']))).toBe(true);
  });

  test('mentions nothing without scripts', () => {
    expect(runWords([]).has('apt-get')).toBe(false);
  });
});

describe('mentionOf', () => {
  test('keeps the leading letters, - and _ of a program name', () => {
    expect(mentionOf('pip3.12')).toBe('pip');
    expect(mentionOf('apt-get')).toBe('apt-get');
    expect(mentionOf('g++')).toBe('g');
  });

  test('gives nothing for a name that does not start with a letter, - or _', () => {
    expect(mentionOf('7z')).toBeUndefined();
    expect(mentionOf('$TOOL')).toBeUndefined();
    expect(mentionOf('')).toBeUndefined();
  });

  test('gives nothing for a name holding a quote, backslash or carriage return, which a word drops', () => {
    // Inside double quotes a single quote is literal: the analysis reads "it's" as it's.
    expect(analyseShell('"it\'s" x').commands[0]?.name).toBe("it's");
    expect(mentionOf("it's")).toBeUndefined();
    expect(mentionOf('a\\b')).toBeUndefined();
  });
});

describe('isMentionWord', () => {
  test('accepts letters, - and _ only', () => {
    expect(isMentionWord('apt-get')).toBe(true);
    expect(isMentionWord('DEBIAN_FRONTEND')).toBe(true);
    expect(isMentionWord('pip3')).toBe(false);
    expect(isMentionWord('')).toBe(false);
    expect(isMentionWord('a b')).toBe(false);
  });
});
