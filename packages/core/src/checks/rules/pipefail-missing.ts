import type { StageFact } from '../image-facts.js';
import { defineRule } from '../rule.js';
import type { ShellCommand } from '../../analysis/shell-script.js';

/** True when the stage's shell already fails on pipes, or is not a POSIX shell (PowerShell, cmd). */
function pipefailShell(stage: StageFact, before: number): boolean | undefined {
  for (let i = Math.min(before, stage.steps.length) - 1; i >= 0; i--) {
    const s = stage.steps[i]!.step;
    if (s.kind === 'shell') return s.command.includes('pipefail') || !/(?:^|\/)(?:ba|a|da|z|k)?sh$/.test(s.command[0]);
  }
  if (stage.base.kind === 'stage' && stage.base.stage.index < stage.index) return pipefailShell(stage.base.stage, Infinity);
  return undefined;
}

function setsPipefail(c: ShellCommand): boolean {
  return c.name === 'set' && c.args.includes('pipefail');
}

/**
 * DSL3029: a RUN with a pipe, in a shell without `-o pipefail`.
 *
 * @example
 * runRules(image, { rules: [pipefailMissing] });
 */
export const pipefailMissing = defineRule<Record<string, never>>({
  code: 'DSL3029',
  name: 'PipefailMissing',
  severity: 'warning',
  description: 'A RUN pipes commands together but the shell does not use `-o pipefail`, so a failure before the last `|` is ignored.',
  docs: {
    why: 'A pipeline\'s status is that of its last command: `curl … | tar x` succeeds when the download fails and tar reads nothing. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`, or `set -o pipefail` in the RUN, makes the build stop.',
    bad: 'FROM debian:12-slim\nRUN curl -fsSL https://example.test/tool.tgz | tar -xz -C /opt',
    good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.test/tool.tgz | tar -xz -C /opt',
    hadolint: ['DL4006'],
  },
  format: () => 'RUN uses a pipe without pipefail, so an early failure in the pipe is ignored',
  hint: 'add SHELL ["/bin/bash", "-o", "pipefail", "-c"] before it, or start the command with set -o pipefail',
  create: (context) => ({
    run(run) {
      if (typeof run.step.command !== 'string') return;
      const script = context.facts.script(run.step);
      if (!script.hasPipe || script.commands.some(setsPipefail) || pipefailShell(run.stage, run.index)) return;
      context.report(run, {});
    },
  }),
});
