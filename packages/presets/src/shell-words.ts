const bare = /^[\w@%+=:,./-]+$/;

/**
 * Joins words into one POSIX shell command line: a word of safe characters stays bare (so the
 * Dockerfile reads like hand-written), any other word is single-quoted with `'` written as `'\''`.
 *
 * @param words - the words, each quoted only if the shell needs it
 * @example
 * shellWords(['go', 'build', '-ldflags=-s -w', '-tags=netgo,osusergo']); // "go build '-ldflags=-s -w' -tags=netgo,osusergo"
 */
export function shellWords(words: readonly string[]): string {
  return words.map((word) => (bare.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`)).join(' ');
}
