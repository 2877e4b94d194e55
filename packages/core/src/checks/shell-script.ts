import { splitCommands } from './shell-commands.js';

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

/**
 * Splits a shell script into simple commands (see {@link splitCommands}), remembering the
 * result by text. Never throws: text the tokenizer cannot read gives no commands.
 *
 * @example
 * analyseShell('apt-get update && sudo apt-get install -y curl').commands[1]; // { name: 'apt-get', via: ['sudo'], … }
 */
export function analyseShell(text: string, depth = 0): ShellScript {
  // Images made from the same presets repeat the same commands; the analysis is a pure function
  // of the text, so a bounded cache saves re-tokenising them. Results are shared: never mutate.
  if (depth !== 0) return splitCommands(text, depth);
  for (let i = 0; i < firstTexts.length; i++) {
    const seen = firstTexts[i]!;
    if (seen.length === text.length && seen === text) return firstScripts[i]!;
  }
  const cached = later.size > 0 ? later.get(text) : undefined;
  if (cached) return cached;
  const script = splitCommands(text, depth);
  if (firstTexts.length < firstCount) {
    firstTexts.push(text);
    firstScripts.push(script);
  } else {
    if (later.size >= 4096) later = new Map();
    later.set(text, script);
  }
  return script;
}

// The first texts since the cache was cleared are found by length and content, not by a hash:
// a parsed file's RUN texts are fresh strings, and hashing each (a whole long script) for a map
// the file's few RUNs never fill cost more than the comparisons. Later texts go to a map.
const firstCount = 16;
let firstTexts: string[] = [];
let firstScripts: ShellScript[] = [];
// Cleared by replacing the map, not with `clear()`: a cleared V8 map keeps a link from its old
// table to the new one, so once the old table is in the old generation every young table after
// it survives each scavenge (clearing per file made scavenges ~100 times slower).
let later = new Map<string, ShellScript>();

/**
 * Forgets cached shell analyses (long-running processes; benchmarks that must not reuse work
 * across rounds).
 *
 * @example
 * clearShellCache();
 */
export function clearShellCache(): void {
  firstTexts = [];
  firstScripts = [];
  later = new Map();
}

/**
 * True when `command` has `flag` among its arguments: a long flag (`--yes`, also `--yes=…`) or
 * a short letter, alone or in a cluster (`-y`, `-qy`).
 *
 * @example
 * hasFlag({ args: ['install', '-qy', 'curl'] } as ShellCommand, 'y'); // true
 */
export function hasFlag(command: Pick<ShellCommand, 'args'>, ...flags: string[]): boolean {
  const args = command.args;
  for (let a = 0; a < args.length; a++) {
    const arg = args[a]!;
    if (arg.charCodeAt(0) !== 0x2d /* - */) continue;
    if (arg === '--') return false;
    for (let f = 0; f < flags.length; f++) {
      const flag = flags[f]!;
      if (flag.length > 1 ? isLongFlag(arg, flag) : shortCluster.test(arg) && arg.includes(flag)) return true;
    }
  }
  return false;
}

const shortCluster = /^-[A-Za-z0-9]+$/;

/** `--flag`, `--flag=…` or `-flag`, compared in place (no `--${flag}` string per argument). */
function isLongFlag(arg: string, flag: string): boolean {
  if (arg.charCodeAt(1) === 0x2d /* - */) return arg.startsWith(flag, 2) && (arg.length === flag.length + 2 || arg.charCodeAt(flag.length + 2) === 0x3d /* = */);
  return arg.length === flag.length + 1 && arg.startsWith(flag, 1);
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
