import fc from 'fast-check';
import { shellQuote } from './shell-quote-oracle.test-util.js';
import { describe, expect, test } from 'vitest';
import { scanShell, scanShellWords } from './shell-tokens.js';


const pieces = ['a', 'b', 'x1', '-y', '/', '.', '=', '*', '?', '$', '$', '{', '}', 'A_1', '"', '"', "'", ' ', '\t', '\n', '|', '&', ';', '(', ')', '<', '>', '#', '\\', '`', '!', '@', '2', 'é', ':', '%', '+', '-', '<<', '${'];

describe('scanShellWords', () => {
  test('gives exactly what shell-quote gives whenever it answers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const mine = scanShellWords(text);
        if (mine !== undefined) expect(mine).toEqual(shellQuote(text));
      }),
      { numRuns: 20000 },
    );
  });

  test('answers for quotes, variables and redirections, the usual RUN text', () => {
    expect(scanShellWords('apt-get install -y "$PKG" ${EXTRA} > /dev/null 2>&1')).toEqual(['apt-get', 'install', '-y', '$PKG', '$EXTRA', { op: '>' }, '/dev/null', '2', { op: '>&' }, '1']);
    expect(scanShellWords("echo 'a b' \"c d\" | tee x")).toEqual(['echo', 'a b', 'c d', { op: '|' }, 'tee', 'x']);
    expect(scanShellWords('rm -rf /var/lib/apt/lists/*')).toEqual(['rm', '-rf', { op: 'glob', pattern: '/var/lib/apt/lists/*' }]);
  });

  test('answers for backslash escapes and comments as shell-quote reads them', () => {
    expect(scanShellWords('echo a\\ b "x\\"y\\$z\\n" \\*')).toEqual(['echo', 'a b', 'x"y$z\\n', { op: 'glob', pattern: '*' }]);
    expect(scanShellWords('find . -exec rm {} \\;')).toEqual(['find', '.', '-exec', 'rm', '{}', ';']);
    expect(scanShellWords('make a*#b ; c')).toEqual(['make', 'a*', { comment: 'b ; c' }]);
  });

  test('answers for ${…} with modifiers and for heredoc markers', () => {
    expect(scanShellWords('echo "${V:-none}" ${A##*-} <<-EOF')).toEqual(['echo', '$V:-none', '$A##*-', { op: '<<-' }, 'EOF']);
    for (const text of ['echo ${A:-"x"}', 'echo ${A:-${B}}', 'echo ${}']) expect(scanShellWords(text)).toBeUndefined();
  });

  test('answers for ${…} holding blanks, $(…) or nested ${…} inside double quotes', () => {
    const text = 'arch="${TARGETARCH:-$(dpkg --print-architecture)}" && v="${A:-${B}}"; case "${arch##*-}" in amd64) x=1;; esac';
    expect(scanShellWords(text)).toEqual(shellQuote(text));
    expect(scanShellWords(text)![0]).toBe('arch=$TARGETARCH:-$(dpkg --print-architecture)');
    const inner = ['A', ':-', '$(', ')', ' ', '${', '}', '{', '#', '%', '/', "'", '"', '\\', '*', '|', ';', '\t', '\n', 'é', '$'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...inner), { maxLength: 10 }), fc.constantFrom('', 'x', '"y"', ' z'), (parts, after) => {
        const text = `v="\${${parts.join('')}}"${after} && w`;
        const mine = scanShellWords(text);
        if (mine !== undefined) expect(mine, text).toEqual(shellQuote(text));
      }),
      { numRuns: 20000 },
    );
  });

  test('leaves $\'…\', here-strings and trailing or line-break escapes to shell-quote', () => {
    for (const text of ["echo $'x'", 'cat <<< x', 'diff <(a) b', 'echo "unterminated', 'echo a\\', 'echo a\\\nb', 'echo "a\\\rb"']) expect(scanShellWords(text)).toBeUndefined();
  });

  test('scanShell hands the same tokens to a sink and refuses what it leaves to shell-quote', () => {
    const seen: string[] = [];
    const sink = { word: (w: string, glob: boolean) => seen.push(glob ? `glob:${w}` : w), operator: (op: string) => seen.push(`op:${op}`), comment: (c: string) => seen.push(`#${c}`) };
    expect(scanShell('rm -f *.log && echo "$A" 2>&1 # done', sink)).toBe(true);
    expect(seen).toEqual(['rm', '-f', 'glob:*.log', 'op:&&', 'echo', '$A', '2', 'op:>&', '1', '# done']);
    expect(scanShell("echo $'x'", sink)).toBe(false);
  });

  test('a sink may scan other text while a scan is under way', () => {
    const text = 'apt-get update && apt-get install -y curl git; rm -rf /var/lib/apt/lists/*';
    const seen: unknown[] = [];
    const nested = { word: (w: string) => seen.push(w), comment: () => {}, operator: (op: string) => seen.push(scanShellWords(`${'x '.repeat(60)}${op}`)!.length) };
    expect(scanShell(text, nested)).toBe(true);
    expect(seen).toEqual(['apt-get', 'update', 61, 'apt-get', 'install', '-y', 'curl', 'git', 61, 'rm', '-rf', '/var/lib/apt/lists/*']);
  });
});
