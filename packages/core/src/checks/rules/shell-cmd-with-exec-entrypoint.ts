import type { StepFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

/**
 * DSL3005: exec-form ENTRYPOINT with a shell-form CMD in the same stage.
 *
 * @example
 * runRules(image, { rules: [shellCmdWithExecEntrypoint] });
 */
export const shellCmdWithExecEntrypoint = defineRule<Record<string, never>>({
  code: 'DSL3005',
  name: 'ShellCmdWithExecEntrypoint',
  severity: 'warning',
  description: 'An exec-form ENTRYPOINT followed by a shell-form CMD, so the entrypoint receives `/bin/sh -c …` as its arguments.',
  docs: {
    why: 'CMD supplies the ENTRYPOINT\'s arguments. In shell form CMD becomes `["/bin/sh", "-c", "…"]`, so the program is called with `/bin/sh` as its first argument, almost never what was meant.',
    bad: 'FROM alpine:3.20\nENTRYPOINT ["echo", "Hello,"]\nCMD echo World',
    good: 'FROM alpine:3.20\nENTRYPOINT ["echo", "Hello,"]\nCMD ["World"]',
  },
  format: () => 'CMD is in shell form, so the exec-form ENTRYPOINT receives "/bin/sh -c …" as its arguments',
  hint: 'write CMD in exec form',
  create: (context) => ({
    stage(stage) {
      // The last ENTRYPOINT and the last CMD of the stage are the ones that count.
      const entry = stage.steps.findLast((s): s is StepFact<'entrypoint'> => s.kind === 'entrypoint');
      const cmd = stage.steps.findLast((s): s is StepFact<'cmd'> => s.kind === 'cmd');
      // `ENTRYPOINT []` clears the entrypoint: a shell-form CMD then runs as it reads.
      if (entry && cmd && Array.isArray(entry.step.command) && entry.step.command.length > 0 && !Array.isArray(cmd.step.command)) context.report(cmd, {}, { at: ['command'] });
    },
  }),
});
