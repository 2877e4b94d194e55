import type { StepFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

interface Data { path: string }

const outerQuotes = /^["']|["']$/g;
const windowsDrive = /^[A-Za-z]:[\\/]/;

/** The path without a leading and a trailing quote. */
function unquoted(path: string): string {
  return path.replace(outerQuotes, '');
}

/**
 * DSL3004: a relative WORKDIR before any absolute one in the stage.
 *
 * @example
 * runRules(image, { rules: [workdirRelativePath] });
 */
export const workdirRelativePath = defineRule<Data>({
  code: 'DSL3004',
  name: 'WorkdirRelativePath',
  severity: 'warning',
  description: 'A relative WORKDIR before the stage has set an absolute one.',
  docs: {
    why: 'A relative WORKDIR is joined to the base image\'s working directory, which the Dockerfile does not show and which can change with the base image. `~` is not expanded either.',
    bad: 'FROM nginx:1.27\nWORKDIR usr/share/nginx/html',
    good: 'FROM nginx:1.27\nWORKDIR /usr/share/nginx/html',
    buildkit: 'WorkdirRelativePath',
    hadolint: ['DL3000'],
  },
  format: (d) => `WORKDIR ${d.path} is relative and depends on the base image's working directory`,
  hint: 'use an absolute path',
  create: (context) => ({
    stage(stage) {
      // The first WORKDIR of a stage decides; later relative ones build on it.
      const step = stage.steps.find((s): s is StepFact<'workdir'> => s.kind === 'workdir');
      if (!step) return;
      const path = unquoted(step.step.path);
      if (!(path.startsWith('/') || path.startsWith('$') || windowsDrive.test(path))) context.report(step, { path }, { at: ['path'] });
    },
  }),
});
