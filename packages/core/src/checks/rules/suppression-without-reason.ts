import type { Suppressions } from '../../image/stage.js';
import { defineRule, type RuleTarget } from '../rule.js';

interface Data { key: string; where: string }

/**
 * DSL3000: an `ignore` entry with an empty reason.
 *
 * @example
 * runRules(image, { rules: [suppressionWithoutReason] });
 */
export const suppressionWithoutReason = defineRule<Data>({
  code: 'DSL3000',
  name: 'SuppressionWithoutReason',
  severity: 'warning',
  description: 'An `ignore` entry on an image or stage (or a Compose stack or service) whose reason is empty.',
  docs: {
    why: 'A suppression outlives the person who wrote it. The reason tells the next reader whether it still applies; an empty one is a finding hidden without explanation.',
    exampleKind: 'definition',
    bad: "stage('app', { from: 'alpine:latest', ignore: { DSL3007: '' } })",
    good: "stage('app', { from: 'alpine:latest', ignore: { DSL3007: 'the mirror pins latest by digest' } })",
  },
  format: (d) => `${d.where} ignores ${d.key} without a reason`,
  hint: "write why, e.g. ignore: { DSL3007: 'pinned by digest in the mirror' }",
  create(context) {
    const reportBlank = (ignore: Suppressions | undefined, target: RuleTarget, where: () => string): void => {
      for (const [key, reason] of Object.entries(ignore ?? {})) if (reason.trim() === '') context.report(target, { key, where: where() }, { at: ['ignore', key] });
    };
    return {
      image(facts) {
        reportBlank(facts.image.ignore, { path: facts.prefix, holder: facts.image }, () => 'the image');
      },
      stage(stage) {
        reportBlank(stage.stage.ignore, { path: stage.path, holder: stage.holder }, () => `stage '${stage.stage.name ?? stage.index}'`);
      },
    };
  },
});
