import { defineRule } from '../rule.js';

interface Data { uid: string }

const digits = /^\d+$/;
const uidAssignment = /^--uid=/;
const shortFlagsWithL = /^-[A-Za-z]*l[A-Za-z]*$/;

function isUidFlag(arg: string): boolean {
  return arg === '-u' || arg === '--uid';
}

function isUidAssignment(arg: string): boolean {
  return uidAssignment.test(arg);
}

function isNoLogInit(arg: string): boolean {
  return arg === '-l' || arg === '--no-log-init' || shortFlagsWithL.test(arg);
}

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
  description: '`useradd -u <large uid>` without `-l` (`--no-log-init`).',
  docs: {
    why: 'useradd reserves space in /var/log/lastlog and faillog indexed by UID. With a UID in the millions the sparse file is gigabytes once the layer is exported, unless `-l` skips the log initialisation.',
    bad: 'FROM debian:12-slim\nRUN useradd -u 1000000 app',
    good: 'FROM debian:12-slim\nRUN useradd -l -u 1000000 app',
    hadolint: ['DL3046'],
  },
  format: (d) => `useradd -u ${d.uid} without -l writes huge lastlog and faillog files`,
  hint: 'add -l (--no-log-init)',
  create: (context) => ({
    'command:useradd'({ run, command }) {
      const i = command.args.findIndex(isUidFlag);
      const uid = i >= 0 ? command.args[i + 1] : command.args.find(isUidAssignment)?.slice(6);
      if (uid === undefined || !digits.test(uid) || uid.length < 6 || command.args.some(isNoLogInit)) return;
      context.report(run, { uid });
    },
  }),
});
