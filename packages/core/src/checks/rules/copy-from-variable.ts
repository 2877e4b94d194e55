import { defineRule } from '../rule.js';
import { unbuiltName, unbuiltNote } from '../unbuilt-stage.js';

interface Data { via: string; value: string; unbuilt?: string }

/**
 * DSL2017: a variable in `COPY --from` or a mount `from=`.
 *
 * @example
 * runRules(image, { rules: [copyFromVariable] });
 */
export const copyFromVariable = defineRule<Data>({
  code: 'DSL2017',
  name: 'CopyFromVariable',
  severity: 'error',
  description: 'A `$variable` in `COPY --from` or `RUN --mount from=`, which BuildKit does not expand.',
  docs: {
    why: 'BuildKit refuses variable expansion in `--from` ("variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"). Put the variable in a FROM line of an alias stage and copy from that stage.',
    bad: 'ARG TOOLS=busybox:1.36\nFROM alpine:3.20\nCOPY --from=${TOOLS} /bin/busybox /bin/busybox',
    good: 'ARG TOOLS=busybox:1.36\nFROM ${TOOLS} AS tools\n\nFROM alpine:3.20\nCOPY --from=tools /bin/busybox /bin/busybox',
  },
  format: (d) => `${d.via}=${d.value} uses a variable, which Docker does not expand there${unbuiltNote(d.unbuilt)}`,
  hint: 'define an alias stage (`FROM ${VAR} AS tools`) and copy from it',
  create: (context) => ({
    copy(copy) {
      if (typeof copy.step.from === 'string' && copy.step.from.includes('$')) context.report(copy, { via: 'COPY --from', value: copy.step.from, ...unbuiltName(copy.stage) }, { at: ['from'], unbuilt: !copy.stage.reachable });
    },
    run(run) {
      run.step.mounts?.forEach((m, i) => {
        if ('from' in m && typeof m.from === 'string' && m.from.includes('$')) context.report(run, { via: 'RUN --mount from', value: m.from, ...unbuiltName(run.stage) }, { at: ['mounts', i, 'from'], unbuilt: !run.stage.reachable });
      });
    },
  }),
});
