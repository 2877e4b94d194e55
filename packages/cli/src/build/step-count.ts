import type { CopySource, Image, Stage } from '@dockerdsl/core';
import { stageNameOf } from '@dockerdsl/core/tooling';

/**
 * How many instructions (not FROM, not comments) building an image runs: those of its target
 * stage (its `target`, else the last) and of every stage that one needs through FROM,
 * `COPY --from` or a mount — BuildKit skips the others. Progress numbers steps against it.
 *
 * @param image - the image as compiled
 * @example
 * imageStepCount(toImage(api)); // 7
 */
export function imageStepCount(image: Image): number {
  const byName = new Map(image.stages.flatMap((s) => (s.name ? [[s.name, s] as const] : [])));
  const target = (image.target ? byName.get(image.target) : undefined) ?? image.stages.at(-1);
  const needed = new Set<Stage>();
  const visit = (stage: Stage | undefined): void => {
    if (!stage || needed.has(stage)) return;
    needed.add(stage);
    if (typeof stage.from !== 'string') visit(byName.get(stage.from.stage));
    for (const step of stage.steps) {
      if (step.kind === 'copy') visit(stageOf(step.from));
      if (step.kind === 'run') for (const m of step.mounts ?? []) if ('from' in m) visit(stageOf(m.from));
    }
  };
  // A plain `from: 'build'` names a stage when the image has one of that name (else an image).
  const stageOf = (from: CopySource | undefined): Stage | undefined => byName.get((typeof from === 'string' ? from : stageNameOf(from)) ?? '');
  visit(target);
  let count = 0;
  for (const stage of needed) count += stage.steps.filter((s) => s.kind !== 'comment').length;
  return count;
}
