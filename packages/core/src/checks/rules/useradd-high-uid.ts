import { commandsNamed } from '../package-commands.js';
import { defineRule } from '../rule.js';

interface Data { uid: string }

/**
 * DSL3040: `useradd` with a high UID and without `-l`.
 *
 * @example
 * runRules(image, { rules: [useraddHighUid] });
 */
export const useraddHighUid = defineRule<Data>({
  code: 'DSL3040',
  name: 'UseraddHighUid',
  severity: 'warning',
  commands: ['useradd'],
  description: '`useradd -u <large uid>` without `-l` (`--no-log-init`).',
  docs: {
    why: 'useradd reserves space in /var/log/lastlog and faillog indexed by UID. With a UID in the millions the sparse file is gigabytes once the layer is exported, unless `-l` skips the log initialisation.',
    bad: 'FROM debian:12-slim\nRUN useradd -u 1000000 app',
    good: 'FROM debian:12-slim\nRUN useradd -l -u 1000000 app',
    hadolint: ['DL3046'],
  },
  format: (d) => `useradd -u ${d.uid} without -l writes huge lastlog and faillog files`,
  hint: 'add -l (--no-log-init)',
  check(ctx) {
    for (const { run, command } of commandsNamed(ctx.facts, 'useradd')) {
      if (command.name !== 'useradd') continue;
      const i = command.args.findIndex((a) => a === '-u' || a === '--uid');
      const uid = i >= 0 ? command.args[i + 1] : command.args.find((a) => /^--uid=/.test(a))?.slice(6);
      if (uid === undefined || !/^\d+$/.test(uid) || uid.length < 6) continue;
      if (command.args.some((a) => a === '-l' || a === '--no-log-init' || /^-[A-Za-z]*l[A-Za-z]*$/.test(a))) continue;
      ctx.report(run, { uid });
    }
  },
});
