import { operands } from '../../analysis/shell-script.js';
import { subcommand } from '../../analysis/package-commands.js';
import { defineRule } from '../rule.js';

interface Data { packages: string[] }

const apkValueFlags = ['t', 'virtual', 'X', 'repository', 'p', 'root'];
const versionConstraint = /[=~<>]/;

/** A package without a version constraint, and not an .apk file or a variable. */
function isUnpinned(p: string): boolean {
  return !versionConstraint.test(p) && !p.endsWith('.apk') && !p.includes('$');
}

/**
 * DSL3025: `apk add pkg` without `pkg=version`.
 *
 * @example
 * runRules(image, { rules: [apkPinVersion] });
 */
export const apkPinVersion = defineRule<Data>({
  code: 'DSL3025',
  name: 'ApkPinVersion',
  severity: 'info',
  description: '`apk add` without pinned package versions.',
  docs: {
    why: 'Unpinned packages change under you between builds. `pkg=1.2.3-r0` (or `pkg~1.2`) makes the image repeatable and upgrades visible.',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r1',
    hadolint: ['DL3018'],
  },
  format: (d) => `apk add without versions: ${d.packages.join(', ')}`,
  hint: 'pin as pkg=version or pkg~version',
  create: (context) => ({
    'command:apk'({ run, command }) {
      if (subcommand(command) !== 'add') return;
      const packages = operands(command, 'add', apkValueFlags).filter(isUnpinned);
      if (packages.length > 0) context.report(run, { packages });
    },
  }),
});
