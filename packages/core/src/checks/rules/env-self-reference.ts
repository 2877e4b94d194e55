import { defineRule } from '../rule.js';
import { variableRefs } from '../variables.js';

interface Data { key: string; uses: string }

/**
 * DSL2016: an ENV value that refers to a key set in the same ENV instruction.
 *
 * @example
 * runRules(image, { rules: [envSelfReference] });
 */
export const envSelfReference = defineRule<Data>({
  code: 'DSL2016',
  name: 'EnvSelfReference',
  severity: 'warning',
  kinds: ['env'],
  description: 'An ENV value uses a variable that the same ENV instruction sets.',
  docs: {
    why: 'All substitutions in one ENV line use the values from before that line. In `ENV A=/opt B=$A/bin`, `$A` is still unset, so B becomes `/bin`. Split the instruction so the second value sees the first.',
    bad: 'FROM alpine:3.20\nENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin',
    good: 'FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin',
    hadolint: ['DL3044'],
  },
  format: (d) => `ENV ${d.key} uses $${d.uses}, which the same ENV instruction sets; it sees the previous value`,
  hint: 'set the variable in an ENV of its own before the one that uses it',
  check(ctx) {
    for (const env of ctx.facts.steps('env')) {
      const keys = Object.keys(env.step.vars);
      if (keys.length < 2) continue;
      keys.forEach((key, i) => {
        for (const ref of variableRefs(env.step.vars[key]!)) {
          if (keys.indexOf(ref.name) >= 0 && keys.indexOf(ref.name) < i) ctx.report(env, { key, uses: ref.name }, { at: ['vars', key] });
        }
      });
    }
  },
});
