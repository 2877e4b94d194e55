import type { ShellCommand } from './shell-script.js';
import type { ImageFacts, StepFact } from './image-facts.js';

/** One shell command of a RUN, with the RUN it belongs to and its neighbours. */
export interface CommandFact {
  run: StepFact<'run'>;
  command: ShellCommand;
  index: number;
  all: ShellCommand[];
}

/**
 * Each shell command of every RUN, with the RUN it belongs to. RUN scripts are tokenised once
 * per image and this list is built once, so the many shell rules only loop over an array.
 *
 * @example
 * for (const { run, command } of shellCommands(ctx.facts)) if (command.name === 'sudo') ctx.report(run, {});
 */
export function shellCommands(facts: ImageFacts): readonly CommandFact[] {
  return facts.memo('shellCommands', () => {
    const out: CommandFact[] = [];
    for (const run of facts.steps('run')) {
      const all = facts.script(run.step).commands;
      for (let index = 0; index < all.length; index++) out.push({ run, command: all[index]!, index, all });
    }
    return out;
  });
}

/** The first argument that is not a flag: the subcommand (`install` in `apt-get -y install`). */
export function subcommand(command: ShellCommand): string | undefined {
  return command.args.find((a) => !a.startsWith('-'));
}

/** True for `apt-get` and `apt` commands doing `sub`. */
export function isApt(command: ShellCommand, ...subs: string[]): boolean {
  return (command.name === 'apt-get' || command.name === 'apt') && subs.includes(subcommand(command) ?? '');
}
