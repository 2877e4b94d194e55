import { defineRule } from '../rule.js';

interface Data { platform: string }

/**
 * DSL2018: `FROM --platform=$TARGETPLATFORM`, which is the default anyway.
 *
 * @example
 * runRules(image, { rules: [redundantTargetPlatform] });
 */
export const redundantTargetPlatform = defineRule<Data>({
  code: 'DSL2018',
  name: 'RedundantTargetPlatform',
  severity: 'warning',
  description: '`--platform=$TARGETPLATFORM` on FROM, which is already what Docker uses.',
  docs: {
    why: 'Every stage is built for the target platform unless told otherwise, so the flag adds noise and suggests a cross-compilation set-up that is not there.',
    bad: 'FROM --platform=$TARGETPLATFORM alpine:3.20',
    good: 'FROM alpine:3.20',
    buildkit: 'RedundantTargetPlatform',
  },
  format: (d) => `--platform=${d.platform} is the default and can be removed`,
  hint: 'remove the --platform flag',
  create: (context) => ({
    stage(stage) {
      const p = stage.stage.platform;
      if (p === '$TARGETPLATFORM' || p === '${TARGETPLATFORM}') context.report(stage, { platform: p }, { at: ['platform'] });
    },
  }),
});
