import { commandsNamed } from '../package-commands.js';
import { defineRule } from '../rule.js';

interface Data { what: string }

const flags: Record<string, string[]> = {
  apk: ['--allow-untrusted'],
  'apt-get': ['--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories'],
  apt: ['--allow-unauthenticated', '--allow-insecure-repositories'],
  yum: ['--nogpgcheck'], dnf: ['--nogpgcheck'], microdnf: ['--nogpgcheck'], tdnf: ['--nogpgcheck'], zypper: ['--no-gpg-checks'],
  rpm: ['--nosignature', '--nodigest', '--noverify', '--nofiledigest'],
};
const unsignedPrograms = Object.keys(flags);

/** The first of `flags` that the arguments contain. */
function firstGiven(flags: readonly string[], args: readonly string[]): string | undefined {
  for (let i = 0; i < flags.length; i++) if (args.includes(flags[i]!)) return flags[i];
  return undefined;
}

/**
 * DSL3031: package installs that skip signature checks.
 *
 * @example
 * runRules(image, { rules: [unsignedPackages] });
 */
export const unsignedPackages = defineRule<Data>({
  code: 'DSL3031',
  name: 'UnsignedPackages',
  severity: 'warning',
  description: 'apk --allow-untrusted, apt-get --allow-unauthenticated or --force-yes, yum/dnf --nogpgcheck, rpm --nosignature.',
  docs: {
    why: 'Package signatures are what ties a download to its publisher. Skipping them accepts any package a mirror, proxy or attacker serves.',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache --allow-untrusted /tmp/tool.apk',
    good: 'FROM alpine:3.20\nCOPY keys/tool.rsa.pub /etc/apk/keys/\nRUN apk add --no-cache /tmp/tool.apk',
  },
  format: (d) => `${d.what} installs packages without checking their signatures`,
  hint: 'import the publisher\'s signing key instead',
  check(ctx) {
    const found = commandsNamed(ctx.facts, ...unsignedPrograms);
    for (let i = 0; i < found.length; i++) {
      const { run, command } = found[i]!;
      const flag = Object.hasOwn(flags, command.name) ? firstGiven(flags[command.name]!, command.args) : undefined;
      if (flag) ctx.report(run, { what: `${command.name} ${flag}` });
    }
  },
});
