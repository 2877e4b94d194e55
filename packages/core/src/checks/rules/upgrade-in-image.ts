import { subcommand } from '../../analysis/package-commands.js';
import { defineRule } from '../rule.js';

interface Data { command: string }

// A Map, not an object literal: a command named `toString` or `constructor` must find nothing.
const upgrades = new Map(Object.entries({ 'apt-get': ['upgrade', 'dist-upgrade', 'full-upgrade'], apt: ['upgrade', 'full-upgrade', 'dist-upgrade'], apk: ['upgrade'], yum: ['update', 'upgrade'], dnf: ['update', 'upgrade'], microdnf: ['update', 'upgrade'], zypper: ['update', 'up', 'dist-upgrade', 'dup'] }));

/** How many arguments are not flags (`upgrade` alone is the whole system; `upgrade curl` is one package). */
function operandCount(args: readonly string[]): number {
  return args.filter((arg) => !arg.startsWith('-')).length;
}

/**
 * DSL3023: a full package upgrade inside the image build.
 *
 * @example
 * runRules(image, { rules: [upgradeInImage] });
 */
export const upgradeInImage = defineRule<Data>({
  code: 'DSL3023',
  name: 'UpgradeInImage',
  severity: 'info',
  description: '`apt-get upgrade`, `apk upgrade`, `dnf update` and the like inside a build.',
  docs: {
    why: 'Upgrading everything makes the image depend on the day it was built and grows the layer with a second copy of every changed file. Use a newer base image tag instead, and upgrade individual packages when a fix is needed.',
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get -y upgrade',
    good: 'FROM debian:12.7-slim\nRUN apt-get update && apt-get install -y --only-upgrade openssl',
    hadolint: ['DL3005'],
  },
  format: (d) => `${d.command} upgrades every package during the build`,
  hint: 'use a newer base image, or upgrade only the package that needs it',
  create: (context) => ({
    command({ run, command }) {
      const sub = subcommand(command);
      if (sub !== undefined && upgrades.get(command.name)?.includes(sub) && operandCount(command.args) === 1) context.report(run, { command: `${command.name} ${sub}` });
    },
  }),
});
