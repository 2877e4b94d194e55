import { defineRule } from '../rule.js';

import { isPipInstall } from './pip-no-cache-dir.js';

function isExtraIndexUrl(a: string): boolean {
  return a === '--extra-index-url' || a.startsWith('--extra-index-url=');
}

/**
 * DSL3049: `pip install --extra-index-url`.
 *
 * @example
 * runRules(image, { rules: [pipExtraIndexUrl] });
 */
export const pipExtraIndexUrl = defineRule<Record<string, never>>({
  code: 'DSL3049',
  name: 'PipExtraIndexUrl',
  severity: 'info',
  description: '`pip install --extra-index-url`, which mixes a private index with the public one.',
  docs: {
    why: 'pip picks the highest version from all indexes. Anyone can publish a package with your internal name and a higher version to the public index and have it installed instead (dependency confusion). Use `--index-url` with a proxy that serves both.',
    bad: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir --extra-index-url https://pypi.internal.test/simple acme-utils==1.2.0',
    good: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir --index-url https://pypi.internal.test/simple acme-utils==1.2.0',
  },
  format: () => 'pip install --extra-index-url opens the door to dependency confusion',
  hint: 'use a single --index-url that proxies the public index',
  create: (context) => ({
    command({ run, command }) {
      if (isPipInstall(command) && command.args.some(isExtraIndexUrl)) context.report(run, {});
    },
  }),
});
