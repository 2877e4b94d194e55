import type { StepFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

/**
 * DSL3038: a stage that uses both curl and wget.
 *
 * @example
 * runRules(image, { rules: [curlAndWget] });
 */
export const curlAndWget = defineRule<Record<string, never>>({
  code: 'DSL3038',
  name: 'CurlAndWget',
  severity: 'info',
  description: 'Both curl and wget are used in one stage.',
  docs: {
    why: 'Two download tools do the same job; installing both adds size and attack surface. Pick one.',
    bad: 'FROM debian:12-slim\nRUN curl -fsSO https://example.test/a.tgz\nRUN wget -q https://example.test/b.tgz',
    good: 'FROM debian:12-slim\nRUN curl -fsSO https://example.test/a.tgz && curl -fsSO https://example.test/b.tgz',
    hadolint: ['DL4001'],
  },
  format: () => 'this stage uses both curl and wget',
  hint: 'use one download tool',
  create(context) {
    let curl = false;
    let wget: StepFact<'run'> | undefined;
    return {
      stage() {
        curl = false;
        wget = undefined;
      },
      'command:curl'() {
        curl = true;
      },
      'command:wget'({ run }) {
        wget ??= run;
      },
      'stage:exit'() {
        if (curl && wget) context.report(wget, {});
      },
    };
  },
});
