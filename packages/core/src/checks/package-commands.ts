import type { ShellCommand } from './shell-script.js';
import type { ImageFacts, StepFact } from './image-facts.js';

/**
 * Each shell command of every RUN, with the RUN it belongs to. RUN scripts are tokenised once
 * per image (cached in the facts), so rules iterate without re-tokenising.
 *
 * @example
 * for (const { run, command } of shellCommands(ctx.facts)) if (command.name === 'sudo') ctx.report(run, {});
 */
export function* shellCommands(facts: ImageFacts): Generator<{ run: StepFact<'run'>; command: ShellCommand; index: number; all: ShellCommand[] }> {
  for (const run of facts.steps('run')) {
    const all = facts.script(run.step).commands;
    for (let index = 0; index < all.length; index++) yield { run, command: all[index]!, index, all };
  }
}

/** The first argument that is not a flag: the subcommand (`install` in `apt-get -y install`). */
export function subcommand(command: ShellCommand): string | undefined {
  return command.args.find((a) => !a.startsWith('-'));
}

/** True for `apt-get` and `apt` commands doing `sub`. */
export function isApt(command: ShellCommand, ...subs: string[]): boolean {
  return (command.name === 'apt-get' || command.name === 'apt') && subs.includes(subcommand(command) ?? '');
}
