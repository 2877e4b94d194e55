/**
 * A command line as a POSIX shell would need it typed: words with anything but safe characters
 * go in single quotes, so the printed `--dry-run` commands can be pasted as they are.
 *
 * @example
 * shellWords(['docker', 'build', '--build-arg', 'MSG=hi there']); // "docker build --build-arg 'MSG=hi there'"
 */
export function shellWords(words: readonly string[]): string {
  return words.map((w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replaceAll("'", `'\\''`)}'`)).join(' ');
}
