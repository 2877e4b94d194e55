import { operands } from '../../analysis/shell-script.js';
import { isApt } from '../../analysis/package-commands.js';
import { defineRule, type CommandFact } from '../rule.js';

interface Data { packages: string[] }

const aptValueFlags = ['t', 'target-release', 'o', 'option', 'c', 'config-file'];

/** A package without `=version`, and not a .deb file, variable or path. */
function isUnpinned(p: string): boolean {
  return !p.includes('=') && !p.endsWith('.deb') && !p.includes('$') && !p.includes('/');
}

/**
 * DSL3020: `apt-get install pkg` without `pkg=version`.
 *
 * @example
 * runRules(image, { rules: [aptPinVersion] });
 */
export const aptPinVersion = defineRule<Data>({
  code: 'DSL3020',
  name: 'AptPinVersion',
  severity: 'info',
  description: 'apt-get installs packages without pinning their versions.',
  docs: {
    why: 'Without `pkg=version` each build takes whatever the mirror has that day, so rebuilding an old commit gives a different image. Pinning makes upgrades deliberate (and visible in review).',
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*',
    hadolint: ['DL3008'],
  },
  format: (d) => `apt-get install without versions: ${d.packages.join(', ')}`,
  hint: 'pin versions as pkg=version',
  create(context) {
    const visit = ({ run, command }: CommandFact): void => {
      if (!isApt(command, 'install')) return;
      const packages = operands(command, 'install', aptValueFlags).filter(isUnpinned);
      if (packages.length > 0) context.report(run, { packages });
    };
    return { 'command:apt-get': visit, 'command:apt': visit };
  },
});
