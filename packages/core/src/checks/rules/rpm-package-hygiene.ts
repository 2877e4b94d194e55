import type { Mount } from '../../instructions/mount.js';
import { hasFlag, type ShellCommand } from '../shell-script.js';
import { subcommand } from '../package-commands.js';
import { defineRule } from '../rule.js';

interface Data { program: string; problem: string }

const managers = new Set(['yum', 'dnf', 'microdnf', 'zypper', 'tdnf']);
const installSubcommands = ['install', 'in', 'groupinstall', 'module'];
const rpmCache = /\/var\/cache\/(?:yum|dnf|zypp)/;

/** Some command runs `<manager> clean`. */
function cleansWith(commands: readonly ShellCommand[], manager: string): boolean {
  for (let i = 0; i < commands.length; i++) if (commands[i]!.name === manager && subcommand(commands[i]!) === 'clean') return true;
  return false;
}

function removesRpmCache(c: ShellCommand): boolean {
  return c.name === 'rm' && c.args.some(isRpmCachePath);
}

function isRpmCachePath(arg: string): boolean {
  return rpmCache.test(arg);
}

function cacheMounted(mounts: readonly Mount[] | undefined): boolean {
  for (let i = 0; mounts !== undefined && i < mounts.length; i++) {
    const m = mounts[i]!;
    if (m.type === 'cache' && m.target !== undefined && isRpmCachePath(m.target)) return true;
  }
  return false;
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
  check(ctx) {
    const runs = ctx.facts.steps('run');
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      const commands = ctx.facts.script(run.step).commands;
      for (let i = 0; i < commands.length; i++) {
        const c = commands[i]!;
        if (!managers.has(c.name) || !installSubcommands.includes(subcommand(c) ?? '')) continue;
        const yes = c.name === 'zypper' ? hasFlag(c, 'n', 'non-interactive', 'y', 'no-confirm') : c.name === 'microdnf' || hasFlag(c, 'y', 'assumeyes');
        if (!yes) ctx.report(run, { program: c.name, problem: 'runs without -y and waits for confirmation' });
        const cleaned = cleansWith(commands, c.name) || commands.some(removesRpmCache);
        const mounted = cacheMounted(run.step.mounts);
        if (!cleaned && !mounted && run.stage.isFinal) ctx.report(run, { program: c.name, problem: `leaves its cache in the layer (no ${c.name} clean all)` });
        break;
      }
    }
  },
});
