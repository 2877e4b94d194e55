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
  return facts.memo('shellCommands', listShellCommands);
}

function listShellCommands(facts: ImageFacts): CommandFact[] {
  const out: CommandFact[] = [];
  for (const run of facts.steps('run')) {
    const all = facts.script(run.step).commands;
    for (let index = 0; index < all.length; index++) out.push({ run, command: all[index]!, index, all });
  }
  return out;
}

/**
 * The shell commands of every RUN whose program is one of `names`, from an index built once per
 * image, so a rule about apt-get looks only at apt-get commands.
 *
 * @example
 * for (const { run, command } of commandsNamed(ctx.facts, 'apt-get', 'apt')) command.args;
 */
export function commandsNamed(facts: ImageFacts, ...names: string[]): readonly CommandFact[] {
  const index = commandIndex(facts);
  if (names.length === 1) return index.get(names[0]!) ?? [];
  let out: CommandFact[] | undefined;
  let count = 0;
  for (const name of names) {
    const list = index.get(name);
    if (!list) continue;
    (out ??= []).push(...list);
    count++;
  }
  if (!out) return [];
  return count < 2 ? out : out.sort((a, b) => a.run.stage.index - b.run.stage.index || a.run.index - b.run.index || a.index - b.index);
}

/**
 * True when some RUN of the image runs one of the programs (the runner's test before calling a
 * rule that declares `commands`).
 *
 * @example
 * hasCommand(facts, ['apt-get', 'apt']);
 */
export function hasCommand(facts: ImageFacts, names: readonly string[]): boolean {
  if (!facts.hasKind('run')) return false;
  const index = commandIndex(facts);
  for (const name of names) if (index.has(name)) return true;
  return false;
}

/**
 * The shell commands of every RUN by program name, built once per image.
 *
 * @example
 * commandIndex(facts).has('apt-get');
 */
export function commandIndex(facts: ImageFacts): ReadonlyMap<string, readonly CommandFact[]> {
  return facts.memo('commandsByName', indexCommands);
}

function indexCommands(facts: ImageFacts): Map<string, CommandFact[]> {
  const map = new Map<string, CommandFact[]>();
  for (const fact of shellCommands(facts)) {
    const list = map.get(fact.command.name);
    if (list) list.push(fact);
    else map.set(fact.command.name, [fact]);
  }
  return map;
}

/**
 * The commands whose program name matches a pattern (`pip`, `pip3`, `python3.12`).
 *
 * @example
 * commandsMatching(ctx.facts, /^pip[0-9.]*$/);
 */
export function commandsMatching(facts: ImageFacts, pattern: RegExp): readonly CommandFact[] {
  const names: string[] = [];
  for (const name of commandIndex(facts).keys()) if (pattern.test(name)) names.push(name);
  return names.length === 0 ? [] : commandsNamed(facts, ...names);
}

/** The first argument that is not a flag: the subcommand (`install` in `apt-get -y install`). */
export function subcommand(command: ShellCommand): string | undefined {
  return command.args.find((a) => !a.startsWith('-'));
}

/** True for `apt-get` and `apt` commands doing `sub`. */
export function isApt(command: ShellCommand, ...subs: string[]): boolean {
  return (command.name === 'apt-get' || command.name === 'apt') && subs.includes(subcommand(command) ?? '');
}
