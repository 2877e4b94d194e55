import { defineRule } from '../rule.js';
import { unresolvedVariables } from '../variable-uses.js';
import { automaticPlatformArgs, isGlobalArg } from '../../analysis/variables.js';

interface Data { name: string; automatic: boolean }


/**
 * DSL2012: a global ARG used inside a stage without `ARG NAME` in that stage.
 *
 * @example
 * runRules(image, { rules: [globalArgNotRedeclared] });
 */
export const globalArgNotRedeclared = defineRule<Data>({
  code: 'DSL2012',
  name: 'GlobalArgNotRedeclared',
  severity: 'warning',
  description: 'A global ARG (declared before the first FROM) or an automatic platform ARG such as TARGETARCH, used inside a stage that did not redeclare it.',
  docs: {
    why: 'ARGs declared before the first FROM are visible only to FROM lines. Inside a stage they expand to an empty string unless the stage says `ARG NAME` again; the same holds for BuildKit\'s automatic `TARGETARCH`, `BUILDPLATFORM` and friends.',
    bad: 'ARG VERSION=1.4.2\nFROM alpine:3.20\nLABEL org.opencontainers.image.version=$VERSION',
    good: 'ARG VERSION=1.4.2\nFROM alpine:3.20\nARG VERSION\nLABEL org.opencontainers.image.version=$VERSION',
  },
  format: (d) => `$${d.name} is ${d.automatic ? 'an automatic platform ARG' : 'a global ARG'} that this stage does not redeclare, so it is empty here`,
  hint: (d) => `add 'ARG ${d.name}' at the start of the stage`,
  create: (context) => ({
    image(facts) {
      for (const { step, at, ref } of unresolvedVariables(facts)) {
        const automatic = automaticPlatformArgs.includes(ref.name);
        const global = isGlobalArg(facts.image, ref.name);
        if (global || automatic) context.report(step, { name: ref.name, automatic: automatic && !global }, { at });
      }
    },
  }),
});
