import { defineRule } from '../rule.js';
import { expandVariables, variableRefs } from '../../analysis/variables.js';

interface Data { from: string; expanded: string }

const reference = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-f0-9]{32,})?$/;

/**
 * DSL2011: with only the ARG defaults, a FROM reference is empty or not a valid reference.
 *
 * @example
 * runRules(image, { rules: [invalidDefaultArgInFrom] });
 */
export const invalidDefaultArgInFrom = defineRule<Data>({
  code: 'DSL2011',
  name: 'InvalidDefaultArgInFrom',
  severity: 'warning',
  description: 'A FROM that uses global ARGs gives an empty or invalid image reference when no build argument is passed.',
  docs: {
    why: 'A build without `--build-arg` uses the defaults. `ARG TAG` with no default makes `FROM busybox:${TAG}` expand to `busybox:`, which is not a reference, so the plain `docker build` fails.',
    bad: 'ARG TAG\nFROM busybox:${TAG}',
    good: 'ARG TAG=1.36\nFROM busybox:${TAG}',
    buildkit: 'InvalidDefaultArgInFrom',
  },
  format: (d) => `with default build arguments, FROM ${d.from} becomes '${d.expanded}', which is not a valid image reference`,
  hint: 'give the ARG a default, or use ${NAME:-default} in FROM',
  create(context) {
    const facts = context.facts;
    const defaults = new Map<string, string | undefined>();
    for (const arg of facts.image.args ?? []) defaults.set(arg.name, arg.default === undefined ? undefined : expandVariables(arg.default, defaults));
    return {
      stage(stage) {
        const from = stage.stage.from;
        if (typeof from !== 'string' || variableRefs(from).length === 0) return;
        const expanded = expandVariables(from, defaults);
        if (facts.stageNamed(expanded) || expanded.toLowerCase() === 'scratch') return;
        if (expanded === '' || !reference.test(expanded)) context.report(stage, { from, expanded }, { at: ['from'] });
      },
    };
  },
});
