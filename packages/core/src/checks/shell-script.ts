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
 * Splits a shell script into simple commands (see {@link splitCommands}). Never throws: text
 * the tokenizer cannot read gives no commands.
 *
 * @example
 * analyseShell('apt-get update && sudo apt-get install -y curl').commands[1]; // { name: 'apt-get', via: ['sudo'], … }
 */
export function analyseShell(text: string): ShellScript {
  return splitCommands(text, 0);
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
      if (flag.length > 1 ? arg === `--${flag}` || arg.startsWith(`--${flag}=`) || arg === `-${flag}` : /^-[A-Za-z0-9]+$/.test(arg) && arg.includes(flag)) return true;
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
