import { hasFlag } from '../shell-script.js';
import { shellCommands, subcommand } from '../package-commands.js';
import { defineRule } from '../rule.js';

interface Data { program: string; problem: string }

const managers = new Set(['yum', 'dnf', 'microdnf', 'zypper', 'tdnf']);

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
  commands: [...managers],
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
    for (const run of ctx.facts.steps('run')) {
      const commands = ctx.facts.script(run.step).commands;
      for (const c of commands) {
        if (!managers.has(c.name) || !['install', 'in', 'groupinstall', 'module'].includes(subcommand(c) ?? '')) continue;
        const yes = c.name === 'zypper' ? hasFlag(c, 'n', 'non-interactive', 'y', 'no-confirm') : c.name === 'microdnf' || hasFlag(c, 'y', 'assumeyes');
        if (!yes) ctx.report(run, { program: c.name, problem: 'runs without -y and waits for confirmation' });
        const cleaned = commands.some((d) => d.name === c.name && subcommand(d) === 'clean') || commands.some((d) => d.name === 'rm' && d.args.some((a) => /\/var\/cache\/(?:yum|dnf|zypp)/.test(a)));
        const mounted = (run.step.mounts ?? []).some((m) => m.type === 'cache' && /\/var\/cache\/(?:yum|dnf|zypp)/.test(m.target));
        if (!cleaned && !mounted && run.stage.isFinal) ctx.report(run, { program: c.name, problem: `leaves its cache in the layer (no ${c.name} clean all)` });
        break;
      }
    }
  },
});
