import { defineRule } from '../rule.js';
import { variableRefs } from '../../analysis/variables.js';

interface Data { key: string; uses: string }

/** A `$` that can start a reference: one followed by a name or a brace. */
const variableStart = /\$[A-Za-z_{]/;

/** Each key's position among the keys of `vars`, so a lookup stays constant-time on long ENVs. */
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
  description: 'An ENV value uses a variable that the same ENV instruction sets.',
  docs: {
    why: 'All substitutions in one ENV line use the values from before that line. In `ENV A=/opt B=$A/bin`, `$A` is still unset, so B becomes `/bin`. Split the instruction so the second value sees the first.',
    bad: 'FROM alpine:3.20\nENV APP_HOME=/opt/app APP_BIN=$APP_HOME/bin',
    good: 'FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV APP_BIN=$APP_HOME/bin',
    hadolint: ['DL3044'],
  },
  format: (d) => `ENV ${d.key} uses $${d.uses}, which the same ENV instruction sets; it sees the previous value`,
  hint: 'set the variable in an ENV of its own before the one that uses it',
  create: (context) => ({
    env(env) {
      const vars = env.step.vars;
      const positions = new Map(Object.keys(vars).map((key, position) => [key, position]));
      for (const [key, position] of positions) {
        if (position === 0 || !variableStart.test(vars[key]!)) continue;
        for (const { name } of variableRefs(vars[key]!)) {
          if ((positions.get(name) ?? position) < position) context.report(env, { key, uses: name }, { at: ['vars', key] });
        }
      }
    },
  }),
});
