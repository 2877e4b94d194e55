import { defineRule } from '../rule.js';

interface Data { path: string }

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
  kinds: ['workdir'],
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
  check(ctx) {
    for (const stage of ctx.facts.stages) {
      for (const step of stage.steps) {
        if (step.step.kind !== 'workdir') continue;
        const path = step.step.path.replace(/^["']|["']$/g, '');
        if (path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path)) break;
        ctx.report(step, { path }, { at: ['path'] });
        break;
      }
    }
  },
});
