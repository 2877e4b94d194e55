import type { Mount } from '../../instructions/mount.js';
import { hasFlag, type ShellCommand } from '../../analysis/shell-script.js';
import { subcommand } from '../../analysis/package-commands.js';
import { defineRule } from '../rule.js';

function removesApkCache(c: ShellCommand): boolean {
  return c.name === 'rm' && c.args.some(isApkCachePath);
}

function isApkCachePath(arg: string): boolean {
  return arg.startsWith('/var/cache/apk');
}

function cacheMounted(mounts: readonly Mount[] | undefined): boolean {
  return mounts?.some((m) => m.type === 'cache' && m.target !== undefined && isApkCachePath(m.target)) ?? false;
}

/**
 * DSL3024: `apk add` without `--no-cache`.
 *
 * @example
 * runRules(image, { rules: [apkNoCache] });
 */
export const apkNoCache = defineRule<Record<string, never>>({
  code: 'DSL3024',
  name: 'ApkNoCache',
  severity: 'info',
  description: '`apk add` without `--no-cache` (and no cache cleanup or cache mount in the same RUN).',
  docs: {
    why: 'Without `--no-cache`, apk keeps its package index and downloads in /var/cache/apk, which then ships in the layer. `--no-cache` fetches the index on the fly and stores nothing.',
    bad: 'FROM alpine:3.20\nRUN apk add ca-certificates',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates',
    hadolint: ['DL3019'],
  },
  format: () => 'apk add without --no-cache leaves the package cache in the layer',
  hint: 'use apk add --no-cache',
  create: (context) => ({
    'command:apk'({ run, command, all }) {
      if (subcommand(command) !== 'add' || hasFlag(command, 'no-cache')) return;
      if (!all.some(removesApkCache) && !cacheMounted(run.step.mounts)) context.report(run, {});
    },
  }),
});
