import { isApt, subcommand } from '../../analysis/package-commands.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../analysis/shell-script.js';

interface Data { command: string }

// Maps, not object literals: a command named `toString` or `constructor` must find nothing.
const updates = new Map(Object.entries({ 'apt-get': ['update'], apt: ['update'], apk: ['update'], yum: ['makecache'], dnf: ['makecache'], zypper: ['refresh', 'ref'] }));
const installs = new Map(Object.entries({ 'apt-get': ['install', 'upgrade', 'dist-upgrade'], apt: ['install', 'upgrade'], apk: ['add', 'upgrade'], yum: ['install', 'update', 'upgrade'], dnf: ['install', 'update', 'upgrade'], zypper: ['install', 'in', 'update', 'up'] }));

/** The first command whose program and subcommand are in `table` (`apt-get` → `update`). */
function firstOf(commands: readonly ShellCommand[], table: ReadonlyMap<string, readonly string[]>): ShellCommand | undefined {
  return commands.find((c) => table.get(c.name)?.includes(subcommand(c) ?? ''));
}

/**
 * DSL3022: a package-index update in a RUN of its own.
 *
 * @example
 * runRules(image, { rules: [updateWithoutInstall] });
 */
export const updateWithoutInstall = defineRule<Data>({
  code: 'DSL3022',
  name: 'UpdateWithoutInstall',
  severity: 'warning',
  description: '`apt-get update` (or `apk update`) in a RUN that installs nothing.',
  docs: {
    why: 'Docker caches each RUN. A lone `RUN apt-get update` is cached forever, so a later `apt-get install` in another RUN uses a stale index and fails when the mirror has moved on. Update and install in the same RUN.',
    bad: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y curl',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl',
  },
  format: (d) => `${d.command} runs in a RUN that installs nothing; its cache goes stale`,
  hint: 'update and install in one RUN',
  create: (context) => ({
    run(run) {
      const commands = context.commands(run);
      const update = firstOf(commands, updates);
      if (update && !firstOf(commands, installs) && !commands.some((c) => isApt(c, 'install'))) context.report(run, { command: `${update.name} ${subcommand(update)}` });
    },
  }),
});
