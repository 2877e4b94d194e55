import { isApt, commandsNamed } from '../package-commands.js';
import type { Mount } from '../../instructions/mount.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../shell-script.js';

/** The RUN removes /var/lib/apt/lists, directly or after `apt-get clean`. */
function listsRemoved(all: readonly ShellCommand[]): boolean {
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.name === 'rm' && someArg(c.args, startsWithLists)) return true;
    if (isApt(c, 'clean') && removesAptState(all)) return true;
  }
  return false;
}

function removesAptState(all: readonly ShellCommand[]): boolean {
  for (let i = 0; i < all.length; i++) if (all[i]!.name === 'rm' && someArg(all[i]!.args, mentionsAptState)) return true;
  return false;
}

function listsMounted(mounts: readonly Mount[] | undefined): boolean {
  for (let i = 0; mounts !== undefined && i < mounts.length; i++) {
    const m = mounts[i]!;
    if ((m.type === 'cache' || m.type === 'tmpfs') && m.target?.startsWith('/var/lib/apt') === true) return true;
  }
  return false;
}

function someArg(args: readonly string[], test: (arg: string) => boolean): boolean {
  for (let i = 0; i < args.length; i++) if (test(args[i]!)) return true;
  return false;
}

function startsWithLists(arg: string): boolean {
  return arg.startsWith('/var/lib/apt/lists');
}

function mentionsAptState(arg: string): boolean {
  return arg.includes('/var/lib/apt');
}

/**
 * DSL3019: apt lists left in the layer after `apt-get update`.
 *
 * @example
 * runRules(image, { rules: [aptListsNotCleaned] });
 */
export const aptListsNotCleaned = defineRule<Record<string, never>>({
  code: 'DSL3019',
  name: 'AptListsNotCleaned',
  severity: 'info',
  description: 'A RUN that installs with apt-get but leaves `/var/lib/apt/lists` in the layer (no `rm -rf /var/lib/apt/lists/*`, no cache mount).',
  docs: {
    why: 'The package lists are tens of megabytes that the running container never needs. They must be removed in the same RUN that downloaded them; a later RUN cannot shrink an earlier layer. A cache or tmpfs mount on /var/lib/apt also keeps them out. Only stages that ship matter, so build stages are not reported.',
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    hadolint: ['DL3009'],
  },
  format: () => 'apt package lists are left in the layer',
  hint: 'end the RUN with && rm -rf /var/lib/apt/lists/* (or mount a cache on /var/lib/apt)',
  check(ctx) {
    // The commands come RUN by RUN, so the last RUN looked at is the only one to skip (no Set).
    let done: object | undefined;
    const found = commandsNamed(ctx.facts, 'apt-get', 'apt');
    for (let i = 0; i < found.length; i++) {
      const { run, command, all } = found[i]!;
      if (run === done || !isApt(command, 'install') || !run.stage.isFinal) continue;
      done = run;
      if (!listsRemoved(all) && !listsMounted(run.step.mounts)) ctx.report(run, {});
    }
  },
});
