import { isExecForm } from '../../model/exec-form.js';
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
  kinds: ['entrypoint'],
  description: 'An exec-form ENTRYPOINT followed by a shell-form CMD, so the entrypoint receives `/bin/sh -c …` as its arguments.',
  docs: {
    why: 'CMD supplies the ENTRYPOINT\'s arguments. In shell form CMD becomes `["/bin/sh", "-c", "…"]`, so the program is called with `/bin/sh` as its first argument, almost never what was meant.',
    bad: 'FROM alpine:3.20\nENTRYPOINT ["echo", "Hello,"]\nCMD echo World',
    good: 'FROM alpine:3.20\nENTRYPOINT ["echo", "Hello,"]\nCMD ["World"]',
  },
  format: () => 'CMD is in shell form, so the exec-form ENTRYPOINT receives "/bin/sh -c …" as its arguments',
  hint: 'write CMD in exec form',
  check(ctx) {
    for (const stage of ctx.facts.stages) {
      const entry = stage.steps.filter((s) => s.step.kind === 'entrypoint').at(-1);
      const cmd = stage.steps.filter((s) => s.step.kind === 'cmd').at(-1);
      if (!entry || !cmd || entry.step.kind !== 'entrypoint' || cmd.step.kind !== 'cmd') continue;
      if (isExecForm(entry.step.command) && !isExecForm(cmd.step.command)) ctx.report(cmd, {}, { at: ['command'] });
    }
  },
});
