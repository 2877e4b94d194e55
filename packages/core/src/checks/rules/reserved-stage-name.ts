import { reservedStageNames } from '../../image/stage.js';
import { defineRule } from '../rule.js';

interface Data { name: string }

/**
 * DSL2014: a stage named `scratch` or `context`.
 *
 * @example
 * runRules(image, { rules: [reservedStageName] });
 */
export const reservedStageName = defineRule<Data>({
  code: 'DSL2014',
  name: 'ReservedStageName',
  severity: 'warning',
  description: 'A stage is named `scratch` or `context`, names Docker reserves.',
  docs: {
    why: '`scratch` is the empty image and `context` names the build context in `--from`; a stage with either name makes every later reference ambiguous.',
    bad: 'FROM alpine:3.20 AS scratch',
    good: 'FROM alpine:3.20 AS base',
    buildkit: 'ReservedStageName',
    hadolint: ['DL3063'],
  },
  format: (d) => `stage name '${d.name}' is reserved by Docker`,
  hint: 'choose another name',
  create: (context) => ({
    stage(stage) {
      if (stage.name !== undefined && (reservedStageNames as readonly string[]).includes(stage.name)) context.report(stage, { name: stage.stage.name! }, { at: ['name'] });
    },
  }),
});
