import { operands } from '../../analysis/shell-script.js';
import { subcommand } from '../../analysis/package-commands.js';
import { defineRule, type CommandFact } from '../rule.js';

interface Data { packages: string[] }

const npmValueFlags = ['prefix', 'registry', 'C', 'workspace', 'w'];
const pathStart = /^[./~]/;
const gitOrFile = /^(?:git|github|file):/;

/** A package without `@version`, and not a path, URL, variable, tarball or git reference. */
function isUnpinned(p: string): boolean {
  const bare = p.startsWith('@') ? p.slice(1) : p;
  return !bare.includes('@') && !pathStart.test(p) && !p.includes('://') && !p.includes('$') && !p.endsWith('.tgz') && !p.includes('#') && !gitOrFile.test(p);
}

/**
 * DSL3028: `npm install pkg` (or `yarn add`, `pnpm add`) without a version.
 *
 * @example
 * runRules(image, { rules: [npmPinVersion] });
 */
export const npmPinVersion = defineRule<Data>({
  code: 'DSL3028',
  name: 'NpmPinVersion',
  severity: 'info',
  description: 'npm, yarn or pnpm installing named packages without a version.',
  docs: {
    why: 'Installing a package by name takes the newest release at build time. Pin `pkg@1.2.3`, or install from the lock file with `npm ci`.',
    bad: 'FROM node:22-alpine\nRUN npm install -g typescript',
    good: 'FROM node:22-alpine\nRUN npm install -g typescript@5.6.3',
    hadolint: ['DL3016'],
  },
  format: (d) => `packages installed without versions: ${d.packages.join(', ')}`,
  hint: 'pin as pkg@version, or use npm ci with a lock file',
  create(context) {
    const visit = ({ run, command }: CommandFact): void => {
      const sub = subcommand(command);
      const adds = (command.name === 'npm' && (sub === 'install' || sub === 'i' || sub === 'add')) || ((command.name === 'yarn' || command.name === 'pnpm') && sub === 'add') || (command.name === 'yarn' && sub === 'global' && command.args.includes('add'));
      if (!adds || sub === undefined) return;
      const packages = operands(command, command.args.includes('global') ? 'add' : sub, npmValueFlags).filter(isUnpinned);
      if (packages.length > 0) context.report(run, { packages });
    };
    return { 'command:npm': visit, 'command:yarn': visit, 'command:pnpm': visit };
  },
});
