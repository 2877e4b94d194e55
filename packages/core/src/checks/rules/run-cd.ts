import { defineRule } from '../rule.js';

interface Data { dir: string }

/**
 * DSL3016: `cd` as the first command of a RUN, where WORKDIR would do.
 *
 * @example
 * runRules(image, { rules: [runCd] });
 */
export const runCd = defineRule<Data>({
  code: 'DSL3016',
  name: 'RunCdInsteadOfWorkdir',
  severity: 'info',
  description: 'A RUN that starts with `cd dir &&`, where WORKDIR states the directory for every later step.',
  docs: {
    why: 'A `cd` lasts for one RUN only, so the next step runs somewhere else again; readers have to track it by hand. WORKDIR sets the directory once, creates it, and is visible in the image config. A `cd` later in a command, in a subshell, is fine.',
    bad: 'FROM node:22-alpine\nCOPY . /app\nRUN cd /app && npm ci',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci',
    hadolint: ['DL3003'],
  },
  format: (d) => `RUN starts with cd ${d.dir}; use WORKDIR instead`,
  hint: (d) => `WORKDIR ${d.dir}`,
  create: (context) => ({
    'command:cd'({ run, command, index, all }) {
      if (index === 0 && command.args.length === 1 && all.length > 1) context.report(run, { dir: command.args[0]! });
    },
  }),
});
