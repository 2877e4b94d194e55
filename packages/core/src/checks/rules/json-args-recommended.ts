import type { ShellForm } from '../../model/exec-form.js';
import type { StageFact, StepFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

interface Data { keyword: string }

const execPrefix = /^\s*exec\s/;

function hasShell(stage: StageFact, before: number): boolean {
  if (stage.steps.slice(0, before).some((s) => s.kind === 'shell')) return true;
  return stage.base.kind === 'stage' && stage.base.stage.index < stage.index && hasShell(stage.base.stage, Infinity);
}

/**
 * DSL3001: CMD or ENTRYPOINT in shell form.
 *
 * @example
 * runRules(image, { rules: [jsonArgsRecommended] });
 */
export const jsonArgsRecommended = defineRule<Data>({
  code: 'DSL3001',
  name: 'JSONArgsRecommended',
  severity: 'warning',
  description: 'CMD or ENTRYPOINT in shell form, so the program runs under `/bin/sh -c` and never receives SIGTERM.',
  docs: {
    why: 'In shell form the container\'s PID 1 is `/bin/sh`, which does not pass signals on: `docker stop` waits ten seconds and then kills the program. Exec form starts the program itself. Not reported when the stage sets SHELL, since then a shell is clearly intended.',
    bad: 'FROM alpine:3.20\nENTRYPOINT my-server --port 8080',
    good: 'FROM alpine:3.20\nENTRYPOINT ["my-server", "--port", "8080"]',
    buildkit: 'JSONArgsRecommended',
    hadolint: ['DL3025'],
  },
  format: (d) => `${d.keyword} uses shell form, so the program does not receive stop signals`,
  hint: 'use exec form: ["program", "arg"] (or `exec program` inside sh -c)',
  create(context) {
    const reportShellForm = (step: StepFact<'cmd'> | StepFact<'entrypoint'>, keyword: string): void => {
      const command = step.step.command;
      if (Array.isArray(command) || hasShell(step.stage, step.index)) return;
      if (execPrefix.test((command as ShellForm).shell)) return;
      context.report(step, { keyword }, { at: ['command'] });
    };
    return {
      cmd: (step) => reportShellForm(step, 'CMD'),
      entrypoint: (step) => reportShellForm(step, 'ENTRYPOINT'),
    };
  },
});
