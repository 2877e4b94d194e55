import { defineRule } from '../rule.js';
import { unresolvedVariables } from '../variable-uses.js';
import { automaticPlatformArgs, isGlobalArg } from '../../analysis/variables.js';

interface Data { name: string; kind: string; guess?: string }


/**
 * DSL2009: a `$variable` in a builder-expanded instruction that nothing defines.
 *
 * @example
 * runRules(image, { rules: [undefinedVariable] });
 */
export const undefinedVariable = defineRule<Data>({
  code: 'DSL2009',
  name: 'UndefinedVariable',
  severity: 'warning',
  description: 'A `$variable` in ENV, COPY, WORKDIR, LABEL and other builder-expanded instructions that no ARG or ENV defines.',
  docs: {
    why: 'Docker expands an unknown variable to an empty string without complaint, so `ENV PATH=$PAHT:/app/bin` silently drops the whole search path. The rule follows ARG and ENV through the stage and the stages it is built FROM, and suggests the closest defined name. On an outside base image, whose environment it cannot see, it reports only likely typos.',
    bad: 'FROM scratch\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOEM',
    good: 'FROM scratch\nENV APP_HOME=/srv/app\nWORKDIR $APP_HOME',
    buildkit: 'UndefinedVar',
  },
  format: (d) => `${d.kind.toUpperCase()} uses $${d.name}, which is not defined${d.guess ? ` (did you mean $${d.guess}?)` : ''}`,
  hint: (d) => (d.guess ? `use $${d.guess}` : `declare it with ARG ${d.name} or ENV ${d.name}=…`),
  create: (context) => ({
    image(facts) {
      for (const { step, at, ref, complete, guess } of unresolvedVariables(facts)) {
        if (ref.guarded) continue;
        // A key set by the same ENV is EnvSelfReference's finding.
        if (step.kind === 'env' && Object.hasOwn(step.step.vars, ref.name)) continue;
        // A global ARG or an automatic platform ARG used without redeclaring is DSL2012's finding.
        if (isGlobalArg(facts.image, ref.name) || automaticPlatformArgs.includes(ref.name)) continue;
        // On an outside base image, whose environment we cannot see, only likely typos are reported.
        if (complete || guess !== undefined) context.report(step, guess !== undefined ? { name: ref.name, kind: step.kind, guess } : { name: ref.name, kind: step.kind }, { at });
      }
    },
  }),
});
