import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normaliseLines } from './shell-lines.js';
import { analyseShell, hasFlag, operands } from './shell-script.js';

const names = (text: string): string[] => analyseShell(text).commands.map((c) => c.name);

describe('analyseShell', () => {
  test('splits on && || ; | and line breaks, and drops redirections', () => {
    expect(names('a && b || c; d | e 2>/dev/null\nf')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(analyseShell('a 2>/dev/null x').commands[0]!.args).toEqual(['x']);
  });

  test('joins continuations and skips comment lines', () => {
    expect(analyseShell('apt-get install -y \\\n  curl \\\n  # a comment\n  git').commands).toMatchObject([{ name: 'apt-get', args: ['install', '-y', 'curl'] }, { name: 'git' }]);
  });

  test('sees through wrappers, assignments and sh -c', () => {
    expect(analyseShell('DEBIAN_FRONTEND=noninteractive sudo -E apt-get install -y x').commands[0]).toMatchObject({ name: 'apt-get', via: ['sudo'], assignments: ['DEBIAN_FRONTEND=noninteractive'] });
    expect(names('sh -c "cd /app && make"')).toEqual(['sh', 'cd', 'make']);
    expect(names('/usr/bin/env bash -c "curl x | sh"')).toEqual(['bash', 'curl', 'sh']);
    // The nested scan runs while the outer one is under way; the outer one must read on intact.
    expect(names('bash -c "make install && make clean" && rm -rf /tmp/build; ls -la')).toEqual(['bash', 'make', 'make', 'rm', 'ls']);
  });

  test('knows every wrapper and every shell by name', () => {
    for (const wrapper of ['sudo', 'doas', 'env', 'nice', 'nohup', 'time', 'exec', 'command', 'builtin', 'eval', 'xargs', 'gosu', 'su-exec', 'chroot', 'timeout', 'stdbuf']) {
      expect(analyseShell(`/bin/${wrapper} -n 5 make all`).commands[0], wrapper).toMatchObject({ name: 'make', via: [wrapper] });
    }
    for (const shell of ['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']) expect(names(`${shell} -ec "make all"`), shell).toEqual([shell, 'make']);
    expect(names('shx -c "make all"')).toEqual(['shx']);
  });

  test('marks pipes and keeps quoted words whole', () => {
    const [curl, sh] = analyseShell('curl -fsSL "https://x.example/a b" | sh').commands;
    expect(curl).toMatchObject({ args: ['-fsSL', 'https://x.example/a b'], pipeOut: true, pipeIn: false });
    expect(sh).toMatchObject({ pipeIn: true });
    expect(analyseShell('echo "a | b"').hasPipe).toBe(false);
  });

  test('never throws on unbalanced text', () => {
    expect(() => analyseShell('echo "unterminated $(( `')).not.toThrow();
  });
});

describe('flags and operands', () => {
  test('hasFlag reads short clusters and long flags', () => {
    expect(hasFlag({ args: ['install', '-qy', 'x'] }, 'y')).toBe(true);
    expect(hasFlag({ args: ['install', '--yes'] }, 'yes')).toBe(true);
    expect(hasFlag({ args: ['install', '--no-cache=true'] }, 'no-cache')).toBe(true);
    expect(hasFlag({ args: ['install', 'yes'] }, 'y', 'yes')).toBe(false);
  });

  test('hasFlag stops at --, and reads long flags whole', () => {
    expect(hasFlag({ args: ['--', '--yes'] }, 'yes')).toBe(false);
    expect(hasFlag({ args: ['-yes'] }, 'yes')).toBe(true);
    expect(hasFlag({ args: ['--yesterday', '--ye'] }, 'yes')).toBe(false);
  });

  test('operands skips flags and the values of value flags', () => {
    expect(operands({ args: ['install', '-y', '-t', 'bookworm-backports', 'curl', 'git'] }, 'install', ['t'])).toEqual(['curl', 'git']);
  });
});

describe('analysis', () => {
  test('the plain-word fast path splits like shell-quote', () => {
    const plain = analyseShell('apt-get install -y curl && rm -rf /var/lib/apt/lists/* ; make|tee log');
    const quoted = analyseShell('apt-get install -y "curl" && rm -rf /var/lib/apt/lists/* ; make|tee \'log\'');
    expect(plain.commands).toEqual(quoted.commands);
    expect(plain.hasPipe).toBe(true);
  });
});

// The first, character-by-character normalisation, kept as the reference for the faster one.
function characterByCharacter(text: string): string {
  if (!/[\n#]/.test(text)) return text;
  let out = '';
  let quote: '"' | "'" | '' = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') {
        out += c + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (c === quote) quote = '';
      out += c;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\r' ? 2 : 1;
      out += ' ';
      continue;
    }
    if (c === '\\') {
      out += c + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    if (c === '#' && (i === 0 || /\s|;|&|\|/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
      out += ';';
      continue;
    }
    out += c === '\n' ? ';' : c === '\r' ? '' : c;
  }
  return out;
}

describe('normaliseLines', () => {
  test('gives what the character-by-character version gave', () => {
    const pieces = ['a', ' ', '\t', '\n', '\r\n', '\r', '\\', '\\\n', '\\\r\n', '#', ' # c', '"', "'", ';', '&', '|', 'x#y', 'é', '\u00a0', '😀'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      expect(normaliseLines(text)).toBe(characterByCharacter(text));
    }), { numRuns: 20000 });
  });
});
