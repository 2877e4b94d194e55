import type { Image } from '../../model/image.js';
import { defineRule } from '../rule.js';
import { unresolvedVariables } from '../variable-uses.js';
import { automaticPlatformArgs } from '../variables.js';

interface Data { name: string; automatic: boolean }

/** True when the image declares `name` as a global ARG (before the first FROM). */
function isGlobalArg(image: Image, name: string): boolean {
  const args = image.args;
  for (let i = 0; args !== undefined && i < args.length; i++) if (args[i]!.name === name) return true;
  return false;
}

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
  check(ctx) {
    const unresolved = unresolvedVariables(ctx.facts);
    for (let i = 0; i < unresolved.length; i++) {
      const { step, at, ref } = unresolved[i]!;
      const automatic = automaticPlatformArgs.includes(ref.name);
      const global = isGlobalArg(ctx.facts.image, ref.name);
      if (global || automatic) ctx.report(step, { name: ref.name, automatic: automatic && !global }, { at });
    }
  },
});
