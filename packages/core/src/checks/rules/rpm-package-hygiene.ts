import type { Mount } from '../../instructions/mount.js';
import { hasFlag, type ShellCommand } from '../../analysis/shell-script.js';
import { subcommand } from '../../analysis/package-commands.js';
import { defineRule } from '../rule.js';

interface Data { program: string; problem: string }

const managers = new Set(['yum', 'dnf', 'microdnf', 'zypper', 'tdnf']);
const installSubcommands = ['install', 'in', 'groupinstall', 'module'];
const rpmCache = /\/var\/cache\/(?:yum|dnf|zypp)/;

/** Some command runs `<manager> clean`. */
function cleansWith(commands: readonly ShellCommand[], manager: string): boolean {
  return commands.some((c) => c.name === manager && subcommand(c) === 'clean');
}

function removesRpmCache(c: ShellCommand): boolean {
  return c.name === 'rm' && c.args.some(isRpmCachePath);
}

function isRpmCachePath(arg: string): boolean {
  return rpmCache.test(arg);
}

function cacheMounted(mounts: readonly Mount[] | undefined): boolean {
  return mounts?.some((m) => m.type === 'cache' && m.target !== undefined && isRpmCachePath(m.target)) ?? false;
}

/**
 * DSL3041: yum, dnf, microdnf or zypper installs without `-y` or without cleaning up.
 *
 * @example
 * runRules(image, { rules: [rpmPackageHygiene] });
 */
export const rpmPackageHygiene = defineRule<Data>({
  code: 'DSL3041',
  name: 'RpmPackageHygiene',
  severity: 'warning',
  description: 'yum/dnf/microdnf/zypper install without `-y`, or without `clean all` in the same RUN.',
  docs: {
    why: 'Without `-y` (zypper: `-n`) the install waits for an answer the build cannot give. Without `clean all` the package metadata and downloaded RPMs ship in the layer.',
    bad: 'FROM fedora:40\nRUN dnf install -y httpd',
    good: 'FROM fedora:40\nRUN dnf install -y httpd && dnf clean all',
    hadolint: ['DL3030', 'DL3032', 'DL3038', 'DL3040', 'DL3034', 'DL3036', 'DL3041'],
  },
  format: (d) => `${d.program} install ${d.problem}`,
  hint: (d) => (d.problem.includes('-y') ? 'add -y (zypper: --non-interactive)' : `end the RUN with && ${d.program} clean all`),
  create: (context) => ({
    run(run) {
      const commands = context.commands(run);
      // The first install of a RUN speaks for the RUN.
      const c = commands.find((command) => managers.has(command.name) && installSubcommands.includes(subcommand(command) ?? ''));
      if (!c) return;
      const yes = c.name === 'zypper' ? hasFlag(c, 'n', 'non-interactive', 'y', 'no-confirm') : c.name === 'microdnf' || hasFlag(c, 'y', 'assumeyes');
      if (!yes) context.report(run, { program: c.name, problem: 'runs without -y and waits for confirmation' });
      const cleaned = cleansWith(commands, c.name) || commands.some(removesRpmCache);
      if (!cleaned && !cacheMounted(run.step.mounts) && run.stage.isFinal) context.report(run, { program: c.name, problem: `leaves its cache in the layer (no ${c.name} clean all)` });
    },
  }),
});
