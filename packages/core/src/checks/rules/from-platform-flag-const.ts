import { defineRule } from '../rule.js';

interface Data { platform: string }

/** The stage name mentions a part of the platform (`build-arm64` for `linux/arm64`). */
function namesPlatformPart(name: string, parts: readonly string[]): boolean {
  return parts.some((part) => part !== '' && name.includes(part));
}

/**
 * DSL2019: a constant `--platform` on FROM in a stage whose name does not mention it.
 *
 * @example
 * runRules(image, { rules: [fromPlatformFlagConst] });
 */
export const fromPlatformFlagConst = defineRule<Data>({
  code: 'DSL2019',
  name: 'FromPlatformFlagConstDisallowed',
  severity: 'warning',
  description: 'FROM pins `--platform` to a constant such as linux/amd64, unless the stage name says so.',
  docs: {
    why: 'A constant platform makes a multi-platform build produce an amd64 image labelled arm64 (or the reverse). Use `$BUILDPLATFORM` for build stages and leave runtime stages to the target platform; a stage named for its platform (`build_amd64`) is taken as deliberate.',
    bad: 'FROM --platform=linux/amd64 alpine:3.20 AS base',
    good: 'FROM --platform=$BUILDPLATFORM alpine:3.20 AS base',
    buildkit: 'FromPlatformFlagConstDisallowed',
    hadolint: ['DL3029'],
  },
  format: (d) => `FROM --platform=${d.platform} pins a constant platform`,
  hint: 'use --platform=$BUILDPLATFORM for build stages, or drop the flag',
  create: (context) => ({
    stage(stage) {
      const p = stage.stage.platform;
      if (p === undefined || p.includes('$') || namesPlatformPart(stage.name ?? '', p.toLowerCase().split('/'))) return;
      context.report(stage, { platform: p }, { at: ['platform'] });
    },
  }),
});
