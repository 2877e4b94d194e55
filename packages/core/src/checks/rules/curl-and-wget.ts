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
  check(ctx) {
    const stages = ctx.facts.stages;
    for (let s = 0; s < stages.length; s++) {
      const steps = stages[s]!.steps;
      let curl = false;
      let wget: (typeof steps)[number] | undefined;
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i]!;
        if (step.kind !== 'run') continue;
        const commands = ctx.facts.script(step.step).commands;
        for (let c = 0; c < commands.length; c++) {
          if (commands[c]!.name === 'curl') curl = true;
          if (commands[c]!.name === 'wget') wget ??= step;
        }
      }
      if (curl && wget) ctx.report(wget, {});
    }
  },
});
