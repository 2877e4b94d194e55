import type { StageFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

interface Data { destination: string }

const windowsDrive = /^[A-Za-z]:[\\/]/;

function hasWorkdir(stage: StageFact, before: number): boolean {
  if (stage.steps.slice(0, before).some((s) => s.kind === 'workdir')) return true;
  return stage.base.kind === 'stage' && stage.base.stage.index < stage.index && hasWorkdir(stage.base.stage, Infinity);
}

/**
 * DSL3044: COPY to a relative destination before any WORKDIR.
 *
 * @example
 * runRules(image, { rules: [copyRelativeWithoutWorkdir] });
 */
export const copyRelativeWithoutWorkdir = defineRule<Data>({
  code: 'DSL3044',
  name: 'CopyRelativeWithoutWorkdir',
  severity: 'warning',
  description: 'COPY to a relative destination in a stage that has not set WORKDIR (on an outside base image).',
  docs: {
    why: 'A relative destination is resolved against the base image\'s working directory, which the Dockerfile does not show. Files land in `/` on one base and in `/usr/src/app` on another.',
    bad: 'FROM node:22-alpine\nCOPY package.json .',
    good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json .',
    hadolint: ['DL3045'],
  },
  format: (d) => `COPY to relative path '${d.destination}' before any WORKDIR`,
  hint: 'set WORKDIR first, or use an absolute destination',
  create: (context) => ({
    copy(step) {
      const dest = step.step.destination;
      if (dest.startsWith('/') || dest.startsWith('$') || windowsDrive.test(dest)) return;
      if (step.stage.base.kind === 'scratch' || hasWorkdir(step.stage, step.index)) return;
      context.report(step, { destination: dest }, { at: ['destination'] });
    },
  }),
});
