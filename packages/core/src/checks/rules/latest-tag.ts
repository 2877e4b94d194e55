import { parseImageRef } from '../../analysis/image-ref.js';
import { defineRule } from '../rule.js';

interface Data { image: string }

/**
 * DSL3007: a base image tagged `latest` (without a digest).
 *
 * @example
 * runRules(image, { rules: [latestTag] });
 */
export const latestTag = defineRule<Data>({
  code: 'DSL3007',
  name: 'LatestTag',
  severity: 'warning',
  description: 'A base image pinned to the moving `latest` tag.',
  docs: {
    why: '`latest` moves: the same Dockerfile builds on a different base next week, and a breaking upgrade shows up as a mysterious failure. A version tag (or a digest) makes builds repeatable.',
    bad: 'FROM alpine:latest\nCMD ["sh"]',
    good: 'FROM alpine:3.20\nCMD ["sh"]',
    hadolint: ['DL3007'],
  },
  format: (d) => `base image '${d.image}' uses the moving 'latest' tag`,
  hint: 'pin a version tag or a digest',
  create: (context) => ({
    stage(stage) {
      if (stage.base.kind !== 'image') return;
      const ref = parseImageRef(stage.base.ref);
      if (ref.tag === 'latest' && ref.digest === undefined) context.report(stage, { image: stage.base.ref }, { at: ['from'] });
    },
  }),
});
