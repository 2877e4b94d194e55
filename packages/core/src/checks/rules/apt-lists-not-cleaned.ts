import { isApt, commandsNamed } from '../package-commands.js';
import { defineRule } from '../rule.js';

/**
 * DSL3019: apt lists left in the layer after `apt-get update`.
 *
 * @example
 * runRules(image, { rules: [aptListsNotCleaned] });
 */
export const aptListsNotCleaned = defineRule<Record<string, never>>({
  code: 'DSL3019',
  name: 'AptListsNotCleaned',
  severity: 'info',
  commands: ['apt-get', 'apt'],
  description: 'A RUN that installs with apt-get but leaves `/var/lib/apt/lists` in the layer (no `rm -rf /var/lib/apt/lists/*`, no cache mount).',
  docs: {
    why: 'The package lists are tens of megabytes that the running container never needs. They must be removed in the same RUN that downloaded them; a later RUN cannot shrink an earlier layer. A cache or tmpfs mount on /var/lib/apt also keeps them out. Only stages that ship matter, so build stages are not reported.',
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    hadolint: ['DL3009'],
  },
  format: () => 'apt package lists are left in the layer',
  hint: 'end the RUN with && rm -rf /var/lib/apt/lists/* (or mount a cache on /var/lib/apt)',
  check(ctx) {
    const done = new Set<object>();
    for (const { run, command, all } of commandsNamed(ctx.facts, 'apt-get', 'apt')) {
      if (done.has(run) || !isApt(command, 'install') || !run.stage.isFinal) continue;
      done.add(run);
      const cleaned = all.some((c) => (c.name === 'rm' && c.args.some((a) => a.startsWith('/var/lib/apt/lists'))) || (isApt(c, 'clean') && all.some((d) => d.name === 'rm' && d.args.some((a) => a.includes('/var/lib/apt')))));
      const mounted = (run.step.mounts ?? []).some((m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target.startsWith('/var/lib/apt'));
      if (!cleaned && !mounted) ctx.report(run, {});
    }
  },
});
