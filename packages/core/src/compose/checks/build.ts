import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { didYouMean } from '../../diagnostics/did-you-mean.js';
import type { ComposeStack } from '../stack.js';
import { finding, type RuleContext } from './finding.js';

/**
 * DSL4009 and DSL4010: a build target must be a stage of the DSL image being built, and a
 * service needs an image, a build or a service it extends.
 *
 * @example
 * checkBuild({ services: { web: {} } }, { prefix: [] }); // DSL4010
 */
export function checkBuild(stack: ComposeStack, ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, s] of Object.entries(stack.services)) {
    // A `provider` service is run by an external component, not from an image.
    if (s.image === undefined && s.build === undefined && s.extends === undefined && s.provider === undefined) {
      out.push(finding('DSL4010', `service '${key}' has neither an image nor a build`, stack, ['services', key], ctx.prefix, 'set `image`, or `build` with a DSL image or a context'));
    }
    const image = s.build?.image;
    const target = s.build?.target;
    if (!image || target === undefined) continue;
    const stages = image.stages.flatMap((st) => (st.name === undefined ? [] : [st.name]));
    if (stages.some((n) => n.toLowerCase() === target.toLowerCase())) continue;
    const guess = didYouMean(target, stages);
    out.push(finding('DSL4009', `service '${key}' builds target '${target}', which is not a stage of image '${image.name}'${guess ? ` (did you mean '${guess}'?)` : ''}`, stack, ['services', key, 'build', 'target'], ctx.prefix, stages.length ? `stages: ${stages.join(', ')}` : `image '${image.name}' has no named stages`));
  }
  return out;
}
