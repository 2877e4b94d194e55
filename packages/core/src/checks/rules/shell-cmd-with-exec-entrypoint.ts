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
  check(ctx) {
    const stages = ctx.facts.stages;
    for (let s = 0; s < stages.length; s++) {
      const stage = stages[s]!;
      // The last ENTRYPOINT and the last CMD of the stage are the ones that count.
      let entry: StepFact<'entrypoint'> | undefined;
      let cmd: StepFact<'cmd'> | undefined;
      for (let i = stage.steps.length - 1; i >= 0 && !(entry && cmd); i--) {
        const step = stage.steps[i]!;
        if (!entry && step.kind === 'entrypoint') entry = step;
        else if (!cmd && step.kind === 'cmd') cmd = step;
      }
      // `ENTRYPOINT []` clears the entrypoint: a shell-form CMD then runs as it reads.
      if (entry && cmd && Array.isArray(entry.step.command) && entry.step.command.length > 0 && !Array.isArray(cmd.step.command)) ctx.report(cmd, {}, { at: ['command'] });
    }
  },
});
