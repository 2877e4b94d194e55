import { defineRule } from '../rule.js';

interface Data { path: string }

const outerQuotes = /^["']|["']$/g;
const windowsDrive = /^[A-Za-z]:[\\/]/;

/** The path without a leading and a trailing quote; the path itself (no new string) when it has none. */
function unquoted(path: string): string {
  return isQuote(path.charCodeAt(0)) || isQuote(path.charCodeAt(path.length - 1)) ? path.replace(outerQuotes, '') : path;
}

function isQuote(c: number): boolean {
  return c === 0x22 /* " */ || c === 0x27 /* ' */;
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
  check(ctx) {
    const stages = ctx.facts.stages;
    for (let s = 0; s < stages.length; s++) {
      const steps = stages[s]!.steps;
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i]!;
        if (step.kind !== 'workdir') continue;
        const path = unquoted(step.step.path);
        if (!(path.startsWith('/') || path.startsWith('$') || windowsDrive.test(path))) ctx.report(step, { path }, { at: ['path'] });
        break;
      }
    }
  },
});
