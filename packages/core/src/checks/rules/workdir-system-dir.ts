import { defineRule } from '../rule.js';

const systemDir = /^\/(?:proc|sys|dev|boot|initrd|lost\+found)(?:\/|$)/;

interface Data { path: string }

/**
 * DSL3034: WORKDIR inside a kernel or boot directory.
 *
 * @example
 * runRules(image, { rules: [workdirSystemDir] });
 */
export const workdirSystemDir = defineRule<Data>({
  code: 'DSL3034',
  name: 'WorkdirSystemDir',
  severity: 'warning',
  description: 'WORKDIR under /proc, /sys, /dev, /boot or /lost+found.',
  docs: {
    why: 'These directories are filled by the kernel or the runtime at start; files written there during the build are hidden or lost, and a program working there is almost certainly misconfigured.',
    bad: 'FROM alpine:3.20\nWORKDIR /proc/app',
    good: 'FROM alpine:3.20\nWORKDIR /srv/app',
  },
  format: (d) => `WORKDIR ${d.path} is inside a system directory the runtime manages`,
  hint: 'use a directory such as /app or /srv/app',
  create: (context) => ({
    workdir(step) {
      if (systemDir.test(step.step.path)) context.report(step, { path: step.step.path }, { at: ['path'] });
    },
  }),
});
