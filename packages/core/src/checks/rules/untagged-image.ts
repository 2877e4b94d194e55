import { parseImageRef } from '../../analysis/image-ref.js';
import { defineRule } from '../rule.js';

interface Data { image: string }

/**
 * DSL3006: a base image with neither tag nor digest.
 *
 * @example
 * runRules(image, { rules: [untaggedImage] });
 */
export const untaggedImage = defineRule<Data>({
  code: 'DSL3006',
  name: 'UntaggedImage',
  severity: 'warning',
  description: 'A base image without a tag or digest, which means whatever `latest` is on the day of the build.',
  docs: {
    why: 'Without a tag the build takes `latest`, so two builds of the same commit can get different base images and a new major version arrives unannounced. Pin a tag, or a digest for full reproducibility. `scratch`, stage names and `$variable` bases are exempt.',
    bad: 'FROM debian\nCMD ["bash"]',
    good: 'FROM debian:12.7-slim\nCMD ["bash"]',
    hadolint: ['DL3006'],
  },
  format: (d) => `base image '${d.image}' has no tag, so it means ':latest'`,
  hint: (d) => `pin a version, e.g. ${d.image}:<version> or ${d.image}@sha256:…`,
  create: (context) => ({
    stage(stage) {
      if (stage.base.kind !== 'image' || typeof stage.stage.from !== 'string') return;
      const ref = parseImageRef(stage.base.ref);
      if (!ref.variable && ref.tag === undefined && ref.digest === undefined) context.report(stage, { image: stage.base.ref }, { at: ['from'] });
    },
  }),
});
