import type { ShellCommand } from './shell-script.js';

/** The first argument that is not a flag: the subcommand (`install` in `apt-get -y install`). */
export function subcommand(command: ShellCommand): string | undefined {
  return command.args.find((a) => !a.startsWith('-'));
}

/** True for `apt-get` and `apt` commands doing `sub`. */
export function isApt(command: ShellCommand, ...subs: string[]): boolean {
  return (command.name === 'apt-get' || command.name === 'apt') && subs.includes(subcommand(command) ?? '');
}
