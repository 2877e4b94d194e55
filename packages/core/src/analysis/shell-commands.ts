import { parse, type ParseEntry } from 'shell-quote';
import { normaliseLines } from './shell-lines.js';
import { scanShell, type ShellTokenSink } from './shell-tokens.js';

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

const wrappers = new Set(['sudo', 'doas', 'env', 'nice', 'nohup', 'time', 'exec', 'command', 'builtin', 'eval', 'xargs', 'gosu', 'su-exec', 'chroot', 'timeout', 'stdbuf']);
const shells = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);
// Variables stay as written (`$HOME`). An object, not a function: shell-quote's function path
// builds a regular expression per word, which made tokenising several times slower.
const keepVariables = new Proxy({} as Record<string, string>, { get: (_, key) => (typeof key === 'string' ? `$${key}` : undefined) });

/**
 * Splits a shell script into simple commands (those inside `sh -c "…"` included, up to two
 * levels deep). Common text is scanned straight into commands; the rest ($'…', here-strings, …)
 * goes through shell-quote. Never throws: text shell-quote cannot read gives no commands.
 *
 * @example
 * splitCommands('curl -fsSL https://x | sh', 0).commands.map((c) => c.name); // ['curl', 'sh']
 */
export function splitCommands(text: string, depth: number): ShellScript {
  const normalised = normaliseLines(text);
  const splitter = new CommandSplitter(depth);
  if (scanShell(normalised, splitter)) return splitter.finish();
  const slow = new CommandSplitter(depth);
  let entries: ParseEntry[];
  try {
    entries = parse(normalised, keepVariables);
  } catch {
    return { commands: [], hasPipe: false };
  }
  for (const entry of entries) {
    if (typeof entry === 'string') slow.word(entry);
    else if (!('op' in entry)) continue;
    else if (entry.op === 'glob') slow.word((entry as { pattern: string }).pattern);
    else slow.operator(entry.op as string);
  }
  return slow.finish();
}

/**
 * Groups tokens into simple commands: separators end a command, a redirection drops its target
 * (and a one-digit descriptor before it). One word buffer serves the whole script.
 */
class CommandSplitter implements ShellTokenSink {
  private readonly script: ShellScript = { commands: [], hasPipe: false };
  // Words of the current command are words[0 … count): the buffer keeps its storage between
  // commands (setting `length = 0` gave it up, so every command grew it again).
  private readonly words: string[] = [];
  private count = 0;
  private pipeIn = false;
  private skipNext = false;

  constructor(private readonly depth: number) {}

  word(text: string): void {
    if (this.skipNext) this.skipNext = false;
    else if (text !== '') this.words[this.count++] = text;
  }

  operator(op: string): void {
    switch (op) {
      case '>':
      case '>>':
      case '<':
      case '<&':
      case '>&':
      case '<(':
      case '>|':
      case '<<':
      case '<<<':
      case '<>': {
        this.skipNext = true;
        if (this.count > 0 && isDigit(this.words[this.count - 1]!)) this.count--;
        return;
      }
      case '|':
      case '|&':
        this.script.hasPipe = true;
        this.end(true);
        return;
      case '&&':
      case '||':
      case ';':
      case ';;':
      case '&':
      case '(':
      case ')':
      case '$(':
        this.end(false);
        return;
      default:
      // Other operators (`<<-`, …) neither end a command nor take a word.
    }
  }

  comment(): void {}

  finish(): ShellScript {
    if (this.count > 0) addCommand(this.script, this.words, this.count, this.pipeIn, false, this.depth);
    return this.script;
  }

  private end(pipe: boolean): void {
    if (this.count > 0) {
      addCommand(this.script, this.words, this.count, this.pipeIn, pipe, this.depth);
      this.count = 0;
    }
    this.pipeIn = pipe;
  }
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

/** The program without its directory (`/usr/bin/env` → `env`); a loop, as most names have no `/`. */
function baseName(word: string): string {
  let i = word.length - 1;
  while (i >= 0 && word.charCodeAt(i) !== 0x2f /* / */) i--;
  return i < 0 ? word : word.slice(i + 1);
}

// Most commands have no wrapper and no assignment: they share these (results are read-only).
const noWords: string[] = Object.freeze([]) as unknown as string[];

/** Adds the command made of `words[0 … end)`. */
function addCommand(script: ShellScript, words: readonly string[], end: number, pipeIn: boolean, pipeOut: boolean, depth: number): void {
  let assignments = noWords;
  let i = 0;
  while (i < end && isAssignment(words[i]!)) {
    if (assignments === noWords) assignments = [];
    assignments.push(words[i++]!);
  }
  let via = noWords;
  let name = i < end ? baseName(words[i]!) : '';
  while (i < end && wrappers.has(name)) {
    if (via === noWords) via = [];
    via.push(name);
    i++;
    // Skip the wrapper's own options and, for env, its assignments.
    while (i < end && (words[i]!.startsWith('-') || isAssignment(words[i]!) || /^\d+[smhd]?$/.test(words[i]!))) i++;
    if (i < end) name = baseName(words[i]!);
  }
  if (i >= end) {
    if (via.length > 0) script.commands.push({ name: via[via.length - 1]!, args: [], via: via.length > 1 ? via.slice(0, -1) : noWords, assignments, pipeIn, pipeOut });
    return;
  }
  const args = words.slice(i + 1, end);
  script.commands.push({ name, args, via, assignments, pipeIn, pipeOut } satisfies ShellCommand);
  if (shells.has(name) && depth < 2) {
    const dashC = args.findIndex((a) => /^-[a-z]*c[a-z]*$/.test(a));
    const inner = dashC >= 0 ? args[dashC + 1] : undefined;
    if (inner !== undefined) script.commands.push(...splitCommands(inner, depth + 1).commands);
  }
}
