import type { StageFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

/** True when the stage, or a stage it is built from, has a HEALTHCHECK. */
function hasHealthcheck(stage: StageFact): boolean {
  if (stage.steps.some((s) => s.kind === 'healthcheck')) return true;
  return stage.base.kind === 'stage' && stage.base.stage !== stage && hasHealthcheck(stage.base.stage);
}

/**
 * DSL3057 (opt-in): the final stage has no HEALTHCHECK.
 *
 * @example
 * runRules(image, { rules: [healthcheckMissing], severities: { HealthcheckMissing: 'info' } });
 */
export const healthcheckMissing = defineRule<Record<string, never>>({
  code: 'DSL3057',
  name: 'HealthcheckMissing',
  severity: 'info',
  enabledByDefault: false,
  description: 'The final stage of a service image defines no HEALTHCHECK (opt-in: enable it for service images).',
  docs: {
    why: 'Without a health check Docker and Compose only know whether the process exists, not whether it answers; `depends_on: service_healthy` cannot work. Opt-in, because jobs and tools need none.',
    bad: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]',
    good: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s CMD ["wget", "-qO-", "http://localhost/"]\nCMD ["nginx", "-g", "daemon off;"]',
    hadolint: ['DL3057'],
  },
  format: () => 'the final stage has no HEALTHCHECK',
  hint: 'add HEALTHCHECK CMD ["…"] that checks the service answers',
  create: (context) => ({
    image(facts) {
      if (!hasHealthcheck(facts.final)) context.report(facts.final, {});
    },
  }),
});
