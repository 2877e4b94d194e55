import type { StageFact, StepFact } from '../image-facts.js';
import { defineRule } from '../rule.js';

interface Data { user?: string }

const rootName = /^(?:root|0)(?::.*)?$/;

/** The last USER step of the stage or of the stages it is built from; 'inherit' when that is an outside image's. */
function lastUser(stage: StageFact): StepFact<'user'> | undefined | 'inherit' {
  const user = stage.steps.findLast((s): s is StepFact<'user'> => s.kind === 'user');
  if (user) return user;
  if (stage.base.kind === 'stage' && stage.base.stage.index !== stage.index) {
    const parent = lastUser(stage.base.stage);
    return parent ?? undefined;
  }
  return stage.base.kind === 'image' ? 'inherit' : undefined;
}

function hasCommand(stage: StageFact): boolean {
  return stage.steps.some((s) => s.kind === 'cmd' || s.kind === 'entrypoint');
}

/** `root`, UID 0, or either with a group; a number is tested without making it a string. */
function isRoot(user: string | number): boolean {
  return typeof user === 'number' ? user === 0 : rootName.test(user);
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
  create: (context) => ({
    image(facts) {
      const stage = facts.final;
      if (stage.base.kind === 'scratch' && !hasCommand(stage)) return;
      const found = lastUser(stage);
      if (found === undefined || found === 'inherit') {
        context.report(stage, {});
      } else if (isRoot(found.step.user)) {
        const user = String(found.step.user);
        if (found.stage === stage) context.report(found, { user });
        else context.report(stage, { user });
      }
    },
  }),
});
