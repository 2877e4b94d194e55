import { defineRule } from '../rule.js';

const shortFlagsWithQ = /^-[A-Za-z]*q[A-Za-z]*$/;

function isQuietFlag(a: string): boolean {
  return a.startsWith('--progress') || a === '--quiet' || a === '--no-verbose' || a === '-nv' || shortFlagsWithQ.test(a) || a === '-O-' || a === '-qO-';
}

/**
 * DSL3039: wget without `--progress` or `-q`, which floods build logs.
 *
 * @example
 * runRules(image, { rules: [wgetProgress] });
 */
export const wgetProgress = defineRule<Record<string, never>>({
  code: 'DSL3039',
  name: 'WgetProgress',
  severity: 'info',
  description: 'wget without `--progress=dot:giga`, `-q` or `-nv`.',
  docs: {
    why: 'Without a terminal wget prints a progress line every few kilobytes; a large download turns the build log into megabytes of dots.',
    bad: 'FROM debian:12-slim\nRUN wget https://example.test/big.iso',
    good: 'FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.test/big.iso',
    hadolint: ['DL3047'],
  },
  format: () => 'wget without --progress or -q fills the build log',
  hint: 'add --progress=dot:giga or -q',
  create: (context) => ({
    'command:wget'({ run, command }) {
      if (!command.args.some(isQuietFlag)) context.report(run, {});
    },
  }),
});
