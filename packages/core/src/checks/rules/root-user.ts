import type { StageFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

interface Data { user?: string }

function lastUser(stage: StageFact): { user: string; fact: StageFact['steps'][number] } | undefined | 'inherit' {
  for (let i = stage.steps.length - 1; i >= 0; i--) {
    const s = stage.steps[i]!;
    if (s.step.kind === 'user') return { user: String(s.step.user), fact: s };
  }
  if (stage.base.kind === 'stage' && stage.base.stage.index !== stage.index) {
    const parent = lastUser(stage.base.stage);
    return parent ?? undefined;
  }
  return stage.base.kind === 'image' ? 'inherit' : undefined;
}

/**
 * DSL3010: the final stage runs as root.
 *
 * @example
 * runRules(image, { rules: [rootUser] });
 */
export const rootUser = defineRule<Data>({
  code: 'DSL3010',
  name: 'RootUser',
  severity: 'warning',
  description: 'The final stage sets no USER, or its last USER is root.',
  docs: {
    why: 'A process running as root inside the container is root on the host\'s kernel: one escape bug away from the host. Create an unprivileged user and switch to it last. Suppress with a reason when the base image already runs as a non-root user.',
    bad: 'FROM alpine:3.20\nRUN adduser -D app\nCMD ["sh"]',
    good: 'FROM alpine:3.20\nRUN adduser -D app\nUSER app\nCMD ["sh"]',
    hadolint: ['DL3002'],
  },
  format: (d) => (d.user === undefined ? 'the final stage sets no USER, so the container runs as root' : `the final stage switches to USER ${d.user}, so the container runs as root`),
  hint: 'add USER <non-root user> at the end of the final stage',
  check(ctx) {
    const stage = ctx.facts.final;
    if (stage.base.kind === 'scratch' && !stage.steps.some((s) => s.step.kind === 'cmd' || s.step.kind === 'entrypoint')) return;
    const found = lastUser(stage);
    if (found === undefined || found === 'inherit') {
      ctx.report(stage, {});
    } else if (/^(?:root|0)(?::.*)?$/.test(found.user)) {
      if (found.fact.stage === stage) ctx.report(found.fact, { user: found.user });
      else ctx.report(stage, { user: found.user });
    }
  },
});
