import { hasFlag } from '../shell-script.js';
import { commandsNamed, subcommand } from '../package-commands.js';
import { defineRule } from '../rule.js';

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
  commands: ['apk'],
  description: '`apk add` without `--no-cache` (and no cache cleanup or cache mount in the same RUN).',
  docs: {
    why: 'Without `--no-cache`, apk keeps its package index and downloads in /var/cache/apk, which then ships in the layer. `--no-cache` fetches the index on the fly and stores nothing.',
    bad: 'FROM alpine:3.20\nRUN apk add ca-certificates',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates',
    hadolint: ['DL3019'],
  },
  format: () => 'apk add without --no-cache leaves the package cache in the layer',
  hint: 'use apk add --no-cache',
  check(ctx) {
    for (const { run, command, all } of commandsNamed(ctx.facts, 'apk')) {
      if (command.name !== 'apk' || subcommand(command) !== 'add' || hasFlag(command, 'no-cache')) continue;
      const cleaned = all.some((c) => c.name === 'rm' && c.args.some((a) => a.startsWith('/var/cache/apk')));
      const mounted = (run.step.mounts ?? []).some((m) => m.type === 'cache' && m.target.startsWith('/var/cache/apk'));
      if (!cleaned && !mounted) ctx.report(run, {});
    }
  },
});
