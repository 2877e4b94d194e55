import { splitCommands, type ShellCommand, type ShellScript } from './shell-commands.js';

export type { ShellCommand, ShellScript };

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
