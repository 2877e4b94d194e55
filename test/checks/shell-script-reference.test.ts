import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse, type ParseEntry } from 'shell-quote';
import { describe, expect, test } from 'vitest';
import { normaliseLines } from '../../packages/core/src/checks/shell-lines.js';
import { analyseShell, clearShellCache, type ShellCommand, type ShellScript } from '../../packages/core/src/checks/shell-script.js';
import { scanShellWords } from '../../packages/core/src/checks/shell-tokens.js';
import { parseDockerfile } from '../../packages/core/src/index.js';

// The command splitter as first written (a closure per flush, a fresh word list per command,
// regular expressions for assignments and descriptors). The buffer-reusing version must give
// the same commands for any text.
const separators = new Set(['&&', '||', ';', ';;', '&', '|', '|&', '(', ')', '$(']);
const redirects = new Set(['>', '>>', '<', '<&', '>&', '<(', '>|', '<<', '<<<', '<>']);
const wrappers = new Set(['sudo', 'doas', 'env', 'nice', 'nohup', 'time', 'exec', 'command', 'builtin', 'eval', 'xargs', 'gosu', 'su-exec', 'chroot', 'timeout', 'stdbuf']);
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
const keepVariables = new Proxy({} as Record<string, string>, { get: (_, key) => (typeof key === 'string' ? `$${key}` : undefined) });
const baseName = (word: string): string => word.slice(word.lastIndexOf('/') + 1);

function reference(text: string, depth = 0, scanner: (text: string) => ParseEntry[] | undefined = scanShellWords): ShellScript {
  const script: ShellScript = { commands: [], hasPipe: false };
  let entries: ParseEntry[];
  const normalised = normaliseLines(text);
  try {
    entries = scanner(normalised) ?? parse(normalised, keepVariables);
  } catch {
    return script;
  }
  let words: string[] = [];
  let pipeIn = false;
  let skipNext = false;
  const flush = (pipeOut: boolean): void => {
    if (words.length > 0) addCommand(script, words, pipeIn, pipeOut, depth, scanner);
    words = [];
    pipeIn = pipeOut;
  };
  for (const entry of entries) {
    if (typeof entry === 'string') {
      if (skipNext) skipNext = false;
      else if (entry !== '') words.push(entry);
      continue;
    }
    if (!('op' in entry)) continue;
    const op = entry.op as string;
    if (op === 'glob') {
      if (skipNext) skipNext = false;
      else words.push((entry as { pattern: string }).pattern);
    } else if (redirects.has(op)) {
      skipNext = true;
      if (words.length > 0 && /^\d$/.test(words[words.length - 1]!)) words.pop();
    } else if (separators.has(op)) {
      const pipe = op === '|' || op === '|&';
      if (pipe) script.hasPipe = true;
      flush(pipe);
      if (!pipe) pipeIn = false;
    }
  }
  flush(false);
  return script;
}

function addCommand(script: ShellScript, words: string[], pipeIn: boolean, pipeOut: boolean, depth: number, scanner: (text: string) => ParseEntry[] | undefined): void {
  const assignments: string[] = [];
  let i = 0;
  while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!)) assignments.push(words[i++]!);
  const via: string[] = [];
  while (i < words.length && wrappers.has(baseName(words[i]!))) {
    via.push(baseName(words[i]!));
    i++;
    while (i < words.length && (words[i]!.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i]!) || /^\d+[smhd]?$/.test(words[i]!))) i++;
  }
  if (i >= words.length) {
    if (via.length > 0) script.commands.push({ name: via[via.length - 1]!, args: [], via: via.slice(0, -1), assignments, pipeIn, pipeOut } satisfies ShellCommand);
    return;
  }
  const name = baseName(words[i]!);
  const args = words.slice(i + 1);
  script.commands.push({ name, args, via, assignments, pipeIn, pipeOut });
  if (shells.has(name) && depth < 2) {
    const dashC = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
    const inner = dashC >= 0 ? args[dashC + 1] : undefined;
    if (inner !== undefined) script.commands.push(...reference(inner, depth + 1, scanner).commands);
  }
}

const same = (text: string): void => {
  clearShellCache();
  expect(analyseShell(text), text).toEqual(reference(text));
};

describe('analyseShell against the first splitter', () => {
  const pieces = ['a', 'x1', 'A_1=', 'B=2', '-y', '-c', '5', '30s', '/usr/bin/', 'sudo', 'env', 'sh', 'bash', 'apt-get', 'install', '"', "'", ' ', '\n', '|', '|&', '&&', ';', '>', '2>', '<', '<<', '(', ')', '$(', '$', '#', '\\', '*', 'é'];

  test('gives the same commands for random text', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => same(parts.join(''))), { numRuns: 5000 });
  });

  // The commands are scanned straight from the text, not from a token list: with tokens from
  // shell-quote alone (no scanner at all) the commands must still be the same.
  test('gives the commands of shell-quote\'s tokens for random text', () => {
    const shellQuoteOnly = (text: string): ShellScript => reference(text, 0, () => undefined);
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
      const text = parts.join('');
      clearShellCache();
      expect(analyseShell(text), text).toEqual(shellQuoteOnly(text));
    }), { numRuns: 5000 });
  });

  test('gives the same commands for every RUN of the corpora', () => {
    const folders = ['../seed-examples', '../corpus/dockerfiles', '../corpus/checks'].map((f) => fileURLToPath(new URL(f, import.meta.url)));
    let runs = 0;
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((f) => f.endsWith('Dockerfile'))) {
        const { image } = parseDockerfile(readFileSync(`${folder}/${file}`, 'utf8'), { file });
        for (const step of image?.stages.flatMap((s) => s.steps) ?? []) {
          if (step.kind !== 'run' || typeof step.command !== 'string') continue;
          same(step.command);
          runs++;
        }
      }
    }
    expect(runs).toBeGreaterThan(200);
  });
});
