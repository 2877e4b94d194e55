import type { StepFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

interface Data { keyword: string; destination: string }

/**
 * DSL3043: several sources (or a wildcard) copied to a destination that is not a directory.
 *
 * @example
 * runRules(image, { rules: [multiSourceDestination] });
 */
export const multiSourceDestination = defineRule<Data>({
  code: 'DSL3043',
  name: 'MultiSourceDestinationNotDirectory',
  severity: 'warning',
  description: 'COPY or ADD with several sources whose destination does not end with `/`.',
  docs: {
    why: 'The Dockerfile reference requires the destination of several sources to be a directory written with a trailing slash. BuildKit quietly creates the directory anyway, but the classic builder and other builders fail ("the destination must be a directory and end with a /"), and a reader cannot tell whether `/app` was meant as a file.',
    bad: 'FROM node:22-alpine\nCOPY package.json package-lock.json /app',
    good: 'FROM node:22-alpine\nCOPY package.json package-lock.json /app/',
    hadolint: ['DL3021'],
  },
  format: (d) => `${d.keyword} has several sources, so its destination '${d.destination}' must end with /`,
  hint: (d) => `write '${d.destination}/'`,
  create(context) {
    const reportFileDestination = (step: StepFact<'copy'> | StepFact<'add'>, keyword: string): void => {
      const dest = step.step.destination;
      if (!step.stage.reachable || step.step.sources.length < 2 || dest.endsWith('/') || dest === '.' || dest.endsWith('/.') || dest.includes('$')) return;
      context.report(step, { keyword, destination: dest }, { at: ['destination'] });
    };
    return {
      copy: (step) => reportFileDestination(step, 'COPY'),
      add: (step) => reportFileDestination(step, 'ADD'),
    };
  },
});
