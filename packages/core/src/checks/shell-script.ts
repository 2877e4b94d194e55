import { parse, type ParseEntry } from 'shell-quote';
import { scanShellWords } from './shell-tokens.js';

/**
 * One simple command of a shell script: its program, its arguments and how it is connected.
 *
 * @example
 * const c: ShellCommand = { name: 'apt-get', args: ['install', '-y', 'curl'], via: [], pipeIn: false, pipeOut: false, assignments: [] };
 */
export interface ShellCommand {
  /** The program, without its directory (`/usr/bin/curl` → `curl`). */
  name: string;
  args: string[];
  /** Wrappers it ran under, such as `sudo` or `env`. */
  via: string[];
  /** `VAR=value` words before the program. */
  assignments: string[];
  /** Reads a pipe (`… | name`). */
  pipeIn: boolean;
  /** Writes into a pipe (`name … | …`). */
  pipeOut: boolean;
}

/**
 * A tokenised shell script: the simple commands in order (those inside `sh -c "…"` and `$(…)`
 * included). Built once per RUN and shared by every rule.
 *
 * @example
 * analyseShell('curl -fsSL https://x | sh').commands.map((c) => c.name); // ['curl', 'sh']
 */
export interface ShellScript {
  commands: ShellCommand[];
  /** True when any pipe appears. */
  hasPipe: boolean;
}

const separators = new Set(['&&', '||', ';', ';;', '&', '|', '|&', '(', ')', '$(']);
const redirects = new Set(['>', '>>', '<', '<&', '>&', '<(', '>|', '<<', '<<<', '<>']);
const wrappers = new Set(['sudo', 'doas', 'env', 'nice', 'nohup', 'time', 'exec', 'command', 'builtin', 'eval', 'xargs', 'gosu', 'su-exec', 'chroot', 'timeout', 'stdbuf']);
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
// Variables stay as written (`$HOME`). An object, not a function: shell-quote's function path
// builds a regular expression per word, which made tokenising several times slower.
const keepVariables = new Proxy({} as Record<string, string>, { get: (_, key) => (typeof key === 'string' ? `$${key}` : undefined) });

/**
 * Drops comments, joins backslash continuations and turns unquoted line breaks into `;`, so
 * the tokenizer (which treats a line break as a blank) sees the command boundaries.
 */
export function normaliseLines(text: string): string {
  if (!/[\n#]/.test(text)) return text;
  // Copies unchanged runs with one slice each instead of character by character.
  let out = '';
  let from = 0;
  let quote = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === 0x5c /* \ */ && quote === 0x22) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 0x5c) {
      const gap = text[i + 1] === '\n' ? 1 : text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 0;
      if (gap > 0) {
        out += text.slice(from, i) + ' ';
        i += gap;
        from = i + 1;
      } else {
        i++;
      }
    } else if (c === 0x22 || c === 0x27) {
      quote = c;
    } else if (c === 0x23 /* # */ && (i === 0 || /\s|;|&|\|/.test(text[i - 1]!))) {
      out += text.slice(from, i) + ';';
      while (i < n && text[i] !== '\n') i++;
      from = i + 1;
    } else if (c === 0x0a) {
      out += text.slice(from, i) + ';';
      from = i + 1;
    } else if (c === 0x0d) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from < n ? out + text.slice(from) : out;
}

function baseName(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash >= 0 ? word.slice(slash + 1) : word;
}

/**
 * Tokenises a shell script with shell-quote and splits it into simple commands. Never throws:
 * text the tokenizer cannot read gives no commands.
 *
 * @example
 * analyseShell('apt-get update && sudo apt-get install -y curl').commands[1]; // { name: 'apt-get', via: ['sudo'], … }
 */
export function analyseShell(text: string, depth = 0): ShellScript {
  // Images made from the same presets repeat the same commands; the analysis is a pure function
  // of the text, so a bounded cache saves re-tokenising them. Results are shared: never mutate.
  const cached = depth === 0 ? recent.get(text) : undefined;
  if (cached) return cached;
  const script = tokenise(text, depth);
  if (depth === 0) {
    if (recent.size >= 4096) recent = new Map();
    recent.set(text, script);
  }
  return script;
}

// Cleared by replacing the map, not with `clear()`: a cleared V8 map keeps a link from its old
// table to the new one, so once the old table is in the old generation every young table after
// it survives each scavenge (clearing per file made scavenges ~100 times slower).
let recent = new Map<string, ShellScript>();

/**
 * Forgets cached shell analyses (long-running processes; benchmarks that must not reuse work
 * across rounds).
 *
 * @example
 * clearShellCache();
 */
export function clearShellCache(): void {
  recent = new Map();
}

function tokenise(text: string, depth: number): ShellScript {
  const script: ShellScript = { commands: [], hasPipe: false };
  let entries: ParseEntry[];
  const normalised = normaliseLines(text);
  try {
    // Common text is scanned in one pass; the rest ($'…', here-strings, …) goes to shell-quote.
    entries = scanShellWords(normalised) ?? parse(normalised, keepVariables);
  } catch {
    return script;
  }
  // One word buffer for the whole script: addCommand copies what it keeps.
  const words: string[] = [];
  let pipeIn = false;
  let skipNext = false;
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
      if (words.length > 0 && isDigit(words[words.length - 1]!)) words.pop();
    } else if (separators.has(op)) {
      const pipe = op === '|' || op === '|&';
      if (pipe) script.hasPipe = true;
      if (words.length > 0) {
        addCommand(script, words, pipeIn, pipe, depth);
        words.length = 0;
      }
      pipeIn = pipe;
    }
  }
  if (words.length > 0) addCommand(script, words, pipeIn, false, depth);
  return script;
}

/** A single decimal digit (a file descriptor before a redirection, as `/^\d$/` tests). */
function isDigit(word: string): boolean {
  return word.length === 1 && word.charCodeAt(0) >= 0x30 && word.charCodeAt(0) <= 0x39;
}

/** `NAME=…` (what `/^[A-Za-z_][A-Za-z0-9_]*=/` tests), without a regular expression. */
function isAssignment(word: string): boolean {
  const first = word.charCodeAt(0) | 0x20;
  if (!((first >= 0x61 && first <= 0x7a) || word.charCodeAt(0) === 0x5f)) return false;
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x3d /* = */) return true;
    const l = c | 0x20;
    if (!((l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f)) return false;
  }
  return false;
}

// Most commands have no wrapper and no assignment: they share these (results are read-only).
const noWords: string[] = Object.freeze([]) as unknown as string[];

function addCommand(script: ShellScript, words: readonly string[], pipeIn: boolean, pipeOut: boolean, depth: number): void {
  let assignments = noWords;
  let i = 0;
  while (i < words.length && isAssignment(words[i]!)) {
    if (assignments === noWords) assignments = [];
    assignments.push(words[i++]!);
  }
  let via = noWords;
  while (i < words.length && wrappers.has(baseName(words[i]!))) {
    if (via === noWords) via = [];
    via.push(baseName(words[i]!));
    i++;
    // Skip the wrapper's own options and, for env, its assignments.
    while (i < words.length && (words[i]!.startsWith('-') || isAssignment(words[i]!) || /^\d+[smhd]?$/.test(words[i]!))) i++;
  }
  if (i >= words.length) {
    if (via.length > 0) script.commands.push({ name: via[via.length - 1]!, args: [], via: via.length > 1 ? via.slice(0, -1) : noWords, assignments, pipeIn, pipeOut });
    return;
  }
  const name = baseName(words[i]!);
  const args = words.slice(i + 1);
  script.commands.push({ name, args, via, assignments, pipeIn, pipeOut });
  if (shells.has(name) && depth < 2) {
    const dashC = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
    const inner = dashC >= 0 ? args[dashC + 1] : undefined;
    if (inner !== undefined) script.commands.push(...analyseShell(inner, depth + 1).commands);
  }
}

/**
 * True when `command` has `flag` among its arguments: a long flag (`--yes`, also `--yes=…`) or
 * a short letter, alone or in a cluster (`-y`, `-qy`).
 *
 * @example
 * hasFlag({ args: ['install', '-qy', 'curl'] } as ShellCommand, 'y'); // true
 */
export function hasFlag(command: Pick<ShellCommand, 'args'>, ...flags: string[]): boolean {
  for (const arg of command.args) {
    if (arg === '--') return false;
    for (const flag of flags) {
      if (flag.length > 1) {
        if (arg === `--${flag}` || arg.startsWith(`--${flag}=`) || arg === `-${flag}`) return true;
      } else if (/^-[A-Za-z0-9]+$/.test(arg) && arg.includes(flag)) {
        return true;
      }
    }
  }
  return false;
}

/**
 * The non-flag arguments after a subcommand (`install` for apt-get), skipping flags and the
 * values of the given value-taking flags.
 *
 * @example
 * operands({ args: ['install', '-y', '-t', 'bookworm', 'curl'] } as ShellCommand, 'install', ['t']); // ['curl']
 */
export function operands(command: Pick<ShellCommand, 'args'>, subcommand: string | undefined, valueFlags: readonly string[] = []): string[] {
  const start = subcommand === undefined ? 0 : command.args.indexOf(subcommand) + 1;
  if (subcommand !== undefined && start === 0) return [];
  const out: string[] = [];
  for (let i = start; i < command.args.length; i++) {
    const arg = command.args[i]!;
    if (arg.startsWith('-')) {
      const bare = arg.replace(/^-+/, '');
      if (!arg.includes('=') && valueFlags.includes(bare)) i++;
      continue;
    }
    out.push(arg);
  }
  return out;
}
