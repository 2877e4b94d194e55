import type { Suppressions } from '../../model/stage.js';
import { defineRule, type RuleContext, type RuleTarget } from '../rule.js';

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
  description: 'An `ignore` entry on an image or stage whose reason is empty.',
  docs: {
    why: 'A suppression outlives the person who wrote it. The reason tells the next reader whether it still applies; an empty one is a finding hidden without explanation.',
    exampleKind: 'definition',
    bad: "stage('app', { from: 'alpine:latest', ignore: { DSL3007: '' } })",
    good: "stage('app', { from: 'alpine:latest', ignore: { DSL3007: 'the mirror pins latest by digest' } })",
  },
  format: (d) => `${d.where} ignores ${d.key} without a reason`,
  hint: "write why, e.g. ignore: { DSL3007: 'pinned by digest in the mirror' }",
  check(ctx) {
    // Most images and stages suppress nothing, or give reasons: no target object or label is built for them.
    const image = ctx.facts.image;
    if (image.ignore && hasBlankReason(image.ignore)) scan(ctx, image.ignore, { path: ctx.facts.prefix, holder: image }, 'the image');
    const stages = ctx.facts.stages;
    for (let i = 0; i < stages.length; i++) {
      const stage = stages[i]!;
      if (stage.stage.ignore && hasBlankReason(stage.stage.ignore)) scan(ctx, stage.stage.ignore, { path: stage.path, holder: stage.holder }, `stage '${stage.stage.name ?? stage.index}'`);
    }
  },
});

function scan(ctx: RuleContext<Data>, ignore: Suppressions, target: RuleTarget, where: string): void {
  for (const key in ignore) if (ignore[key]!.trim() === '') ctx.report(target, { key, where }, { at: ['ignore', key] });
}

function hasBlankReason(ignore: Suppressions): boolean {
  for (const key in ignore) if (ignore[key]!.trim() === '') return true;
  return false;
}
