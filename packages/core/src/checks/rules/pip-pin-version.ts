import { operands } from '../../analysis/shell-script.js';
import { defineRule } from '../rule.js';

import { isPipInstall } from './pip-no-cache-dir.js';

interface Data { packages: string[] }

const pipValueFlags = ['r', 'requirement', 'c', 'constraint', 'i', 'index-url', 'extra-index-url', 'target', 't', 'prefix', 'root', 'f', 'find-links', 'trusted-host', 'e', 'editable', 'src', 'platform', 'python-version', 'only-binary', 'no-binary'];
const versionSpecifier = /[=<>~!@]/;
const pathStart = /^[./]/;
const archiveFile = /\.(whl|tar\.gz|zip)$/;

/** A requirement without a version specifier, and not a file, path, variable or URL. */
function isUnpinned(p: string): boolean {
  return !versionSpecifier.test(p) && !pathStart.test(p) && !archiveFile.test(p) && !p.includes('$') && !p.includes('://');
}

/**
 * DSL3027: `pip install pkg` without a version.
 *
 * @example
 * runRules(image, { rules: [pipPinVersion] });
 */
export const pipPinVersion = defineRule<Data>({
  code: 'DSL3027',
  name: 'PipPinVersion',
  severity: 'info',
  description: '`pip install` of packages without `==version` (requirements files and local paths are fine).',
  docs: {
    why: 'An unpinned `pip install flask` takes the newest release at build time, so the same commit builds different images and a breaking release lands without review. Pin versions, or install from a locked requirements file.',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3',
    hadolint: ['DL3013'],
  },
  format: (d) => `pip install without versions: ${d.packages.join(', ')}`,
  hint: 'pin as pkg==version, or use -r requirements.txt with pinned versions',
  create: (context) => ({
    command({ run, command }) {
      if (!isPipInstall(command)) return;
      const packages = operands(command, 'install', pipValueFlags).filter(isUnpinned);
      if (packages.length > 0) context.report(run, { packages });
    },
  }),
});
