import { hasFlag } from '../../analysis/shell-script.js';
import { defineRule } from '../rule.js';

const recommendsOff = /APT::Install-Recommends=(?:false|0)/i;

function turnsRecommendsOff(arg: string): boolean {
  return recommendsOff.test(arg);
}

/**
 * DSL3018: `apt-get install` without `--no-install-recommends`.
 *
 * @example
 * runRules(image, { rules: [aptNoInstallRecommends] });
 */
export const aptNoInstallRecommends = defineRule<Record<string, never>>({
  code: 'DSL3018',
  name: 'AptNoInstallRecommends',
  severity: 'info',
  description: '`apt-get install` without `--no-install-recommends`.',
  docs: {
    why: 'Recommended packages are extras (documentation, optional tools) that often double the size of the layer and widen the attack surface. Install what you need, explicitly.',
    bad: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*',
    hadolint: ['DL3015'],
  },
  format: () => 'apt-get install without --no-install-recommends pulls in optional packages',
  hint: 'add --no-install-recommends',
  create: (context) => ({
    'command:apt-get'({ run, command }) {
      if (!command.args.includes('install')) return;
      if (hasFlag(command, 'no-install-recommends') || command.args.some(turnsRecommendsOff)) return;
      context.report(run, {});
    },
  }),
});
