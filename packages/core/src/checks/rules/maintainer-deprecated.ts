import { defineRule } from '../rule.js';

interface Data { name: string }

/**
 * DSL3002: the deprecated MAINTAINER instruction.
 *
 * @example
 * runRules(image, { rules: [maintainerDeprecated] });
 */
export const maintainerDeprecated = defineRule<Data>({
  code: 'DSL3002',
  name: 'MaintainerDeprecated',
  severity: 'info',
  description: 'MAINTAINER is deprecated in favour of the `org.opencontainers.image.authors` label.',
  docs: {
    why: 'MAINTAINER sets a field no tool reads any more. The OCI label is what registries and scanners show.',
    bad: 'FROM alpine:3.20\nMAINTAINER ops@example.test',
    good: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ops@example.test"',
    buildkit: 'MaintainerDeprecated',
    hadolint: ['DL4000'],
  },
  format: (d) => `MAINTAINER ${d.name} is deprecated`,
  hint: 'use LABEL org.opencontainers.image.authors=…',
  create: (context) => ({
    maintainer(step) {
      context.report(step, { name: step.step.name });
    },
  }),
});
