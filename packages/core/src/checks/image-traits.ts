import type { Instruction } from '../instructions/index.js';
import type { Image } from '../model/image.js';

/**
 * Image-level traits a rule can declare it needs (`Rule.traits`), so the runner skips it on
 * images that cannot trigger it without calling it.
 *
 * - `namedStage`: some stage has an `AS name`.
 * - `multiStage`: the image has more than one stage.
 * - `platformFlag`: some FROM has `--platform`.
 * - `fromVariable`: some FROM image or `--platform` value holds a `$`.
 * - `suppressions`: the image or a stage has an `ignore` field.
 * - `runFlags`: some RUN has a `--mount`, `--network`, `--security` or `--device` flag.
 *
 * @example
 * const trait: ImageTrait = 'multiStage';
 */
export type ImageTrait = 'namedStage' | 'multiStage' | 'platformFlag' | 'fromVariable' | 'suppressions' | 'runFlags';

const bits: Readonly<Record<ImageTrait, number>> = { namedStage: 1, multiStage: 2, platformFlag: 4, fromVariable: 8, suppressions: 16, runFlags: 32 };

/**
 * The bits of some traits, to test against `imageTraits(image)` (0 when none is known).
 *
 * @example
 * (traitMask(['multiStage']) & imageTraits(image)) !== 0; // the image has several stages
 */
export function traitMask(traits: readonly ImageTrait[]): number {
  let mask = 0;
  for (const trait of traits) mask |= Object.prototype.hasOwnProperty.call(bits, trait) ? bits[trait] : 0;
  return mask;
}

/**
 * The traits an image has, as bits. `runs`, the facts of the image's RUN steps when the caller
 * has them already, spares reading the kind of every step.
 *
 * @example
 * imageTraits({ name: 'api', stages: [{ from: 'alpine:3.20', steps: [] }] }); // 0
 */
export function imageTraits(image: Image, runs?: readonly { readonly step: RunInstruction }[]): number {
  let mask = image.ignore !== undefined ? bits.suppressions : 0;
  if (image.stages.length > 1) mask |= bits.multiStage;
  for (const stage of image.stages) {
    if (stage.name !== undefined) mask |= bits.namedStage;
    if (stage.ignore !== undefined) mask |= bits.suppressions;
    if (stage.platform !== undefined) {
      mask |= bits.platformFlag;
      if (stage.platform.includes('$')) mask |= bits.fromVariable;
    }
    if (typeof stage.from === 'string' && stage.from.includes('$')) mask |= bits.fromVariable;
    if (runs === undefined && (mask & bits.runFlags) === 0) {
      for (const step of stage.steps) if (step.kind === 'run' && hasRunFlags(step)) mask |= bits.runFlags;
    }
  }
  if (runs !== undefined) {
    for (let i = 0; i < runs.length; i++) {
      if (hasRunFlags(runs[i]!.step)) {
        mask |= bits.runFlags;
        break;
      }
    }
  }
  return mask;
}

type RunInstruction = Extract<Instruction, { kind: 'run' }>;

function hasRunFlags(run: RunInstruction): boolean {
  return Boolean(run.mounts?.length || run.network !== undefined || run.security !== undefined || run.device?.length);
}
