import { didYouMean } from '@dockerdsl/core/tooling';

/**
 * The flags an option definition accepts: `-h, --help` gives `-h` and `--help`; `--no-cache`
 * gives `--no-cache` (what the user types).
 *
 * @example
 * optionFlags(['--out <dir>', '-h, --help']); // ['--out', '-h', '--help']
 */
export function optionFlags(rawNames: readonly string[]): string[] {
  return rawNames.flatMap((raw) => raw.split(',').map((part) => part.trim().split(/[\s=]/)[0]!)).filter((flag) => flag.startsWith('-'));
}

/**
 * The message for a mistake the argument parser found, in the CLI's words: an unknown flag
 * with the closest known one, a flag without its value with the value it needs.
 *
 * @example
 * usageMessage('Unknown option `--focre`', ['--force']); // "unknown option '--focre' (did you mean '--force'?)"
 */
export function usageMessage(message: string, flags: readonly string[]): string {
  const unknown = /^Unknown option `([^`]+)`/.exec(message);
  if (unknown) {
    const guess = didYouMean(unknown[1]!, flags);
    return `unknown option '${unknown[1]}'${guess ? ` (did you mean '${guess}'?)` : ''}`;
  }
  const missing = /^option `([^`]+)` value is missing/.exec(message);
  if (missing) return `${missing[1]!.split(/[\s,]/)[0]} needs a value: ${missing[1]}`;
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/**
 * The message for a command the CLI does not have, with the closest one.
 *
 * @example
 * unknownCommandMessage('biuld', ['build', 'synth']); // "unknown command 'biuld' (did you mean 'build'?)"
 */
export function unknownCommandMessage(command: string, commands: readonly string[]): string {
  const guess = didYouMean(command, commands);
  return `unknown command '${command}'${guess ? ` (did you mean '${guess}'?)` : ''}`;
}
