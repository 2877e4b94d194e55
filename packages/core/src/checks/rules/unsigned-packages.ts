import { defineRule } from '../rule.js';

interface Data { what: string }

// A Map, not an object literal: a command named `toString` or `constructor` must find nothing.
const flags = new Map(Object.entries<string[]>({
  apk: ['--allow-untrusted'],
  'apt-get': ['--allow-unauthenticated', '--force-yes', '--allow-insecure-repositories'],
  apt: ['--allow-unauthenticated', '--allow-insecure-repositories'],
  yum: ['--nogpgcheck'], dnf: ['--nogpgcheck'], microdnf: ['--nogpgcheck'], tdnf: ['--nogpgcheck'], zypper: ['--no-gpg-checks'],
  rpm: ['--nosignature', '--nodigest', '--noverify', '--nofiledigest'],
}));

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
  create: (context) => ({
    command({ run, command }) {
      const flag = flags.get(command.name)?.find((f) => command.args.includes(f));
      if (flag) context.report(run, { what: `${command.name} ${flag}` });
    },
  }),
});
