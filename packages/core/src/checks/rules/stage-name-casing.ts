import { defineRule } from '../rule.js';

interface Data { name: string }

/**
 * DSL2013: a stage name with upper-case letters.
 *
 * @example
 * runRules(image, { rules: [stageNameCasing] });
 */
export const stageNameCasing = defineRule<Data>({
  code: 'DSL2013',
  name: 'StageNameCasing',
  severity: 'warning',
  description: 'A stage name contains upper-case letters.',
  docs: {
    why: 'Docker lower-cases stage names, so `AS BuilderBase` is really `builderbase`, and `--target BuilderBase` or `COPY --from=BuilderBase` only work by accident. Lower-case names with dashes read the same everywhere.',
    bad: 'FROM alpine:3.20 AS BuilderBase',
    good: 'FROM alpine:3.20 AS builder-base',
    buildkit: 'StageNameCasing',
  },
  format: (d) => `stage name '${d.name}' should be lower case`,
  hint: (d) => `name it '${d.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}'`,
  create: (context) => ({
    stage(stage) {
      const name = stage.stage.name;
      // The fact's name is the lower-cased one.
      if (name !== undefined && name !== stage.name) context.report(stage, { name }, { at: ['name'] });
    },
  }),
});
