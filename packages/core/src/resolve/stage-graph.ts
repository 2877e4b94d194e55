import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { Instruction } from '../instructions/index.js';
import type { Image } from '../model/image.js';
import type { CopySource } from '../model/references.js';
import { sourceOf } from '../model/source-location.js';
import type { Stage } from '../model/stage.js';
import { stageGraphCodes, type StageGraphCode } from './stage-graph-codes.js';

/**
 * One reference from a stage to another stage: a FROM, a `COPY --from` or a mount `from`.
 *
 * @example
 * const r: StageReference = { name: 'build', via: 'copy', explicit: true, path: ['steps', 2, 'from'], holder: step };
 */
export interface StageReference {
  name: string;
  via: 'from' | 'copy' | 'mount';
  /** `{ stage }` or a handle (true), or a plain string that Docker resolves by name (false). */
  explicit: boolean;
  /** Path inside the stage. */
  path: PathSegment[];
  /** The object that holds the reference (for its source location). */
  holder: object;
}

/**
 * An image with its stages in build order and what each stage refers to.
 *
 * @example
 * const { stages, target } = resolveImage(image).resolved!;
 */
export interface ResolvedImage {
  image: Image;
  /** Stages in the order they are written: every stage after the stages it uses. */
  stages: Stage[];
  /** Index into `image.stages` for each entry of `stages`. */
  order: number[];
  /** The stage that is built by default. */
  target: Stage;
  /** References of each stage, by index into `image.stages`. */
  references: StageReference[][];
}

function refName(source: CopySource | Stage['from'] | undefined): { name: string; explicit: boolean } | undefined {
  if (source === undefined) return undefined;
  if (typeof source === 'string') return { name: source, explicit: false };
  return 'stage' in source ? { name: source.stage, explicit: true } : undefined;
}

function referencesOf(stage: Stage): StageReference[] {
  const refs: StageReference[] = [];
  const from = refName(stage.from);
  if (from) refs.push({ name: from.name, explicit: from.explicit, via: 'from', path: ['from'], holder: stage });
  // Paths are built only for steps that hold a reference (most hold none).
  for (let i = 0; i < stage.steps.length; i++) {
    const step = stage.steps[i]!;
    if (step.kind === 'copy') {
      const ref = refName(step.from);
      if (ref) refs.push({ name: ref.name, explicit: ref.explicit, via: 'copy', path: ['steps', i, 'from'], holder: step });
    } else if (step.kind === 'run' && step.mounts) {
      // ONBUILD triggers resolve in the downstream build, so only direct COPY and RUN count.
      step.mounts.forEach((mount, m) => {
        const ref = 'from' in mount ? refName(mount.from) : undefined;
        if (ref) refs.push({ name: ref.name, explicit: ref.explicit, via: 'mount', path: ['steps', i, 'mounts', m, 'from'], holder: step });
      });
    }
  }
  return refs;
}

const viaText = { from: 'FROM', copy: 'COPY --from', mount: 'RUN --mount from' } as const;

/** Docker also takes a stage's position (`--from=0`) where no stage has that name. */
function stageAtPosition(name: string, stages: number): number | undefined {
  const first = name.charCodeAt(0);
  if (first < 48 || first > 57 || !/^\d+$/.test(name)) return undefined;
  const n = Number(name);
  return n < stages ? n : undefined;
}

/**
 * Settles the stage graph: finds what each stage uses, reports references to stages that do not
 * exist, to the stage itself, duplicate names, cycles and an unknown target, and orders stages
 * so each comes after the stages it uses (otherwise keeping the written order, target last).
 *
 * @example
 * const { resolved, diagnostics } = resolveImage(image, ['images', 'api']);
 */
export function resolveImage(image: Image, prefix: PathSegment[] = ['images', image.name]): { resolved?: ResolvedImage; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const stagePath = (i: number): PathSegment[] => [...prefix, 'stages', image.stages[i]!.name ?? i];
  const report = (code: StageGraphCode, message: string, path: PathSegment[], holder: object, hint?: string): void => {
    const d: Diagnostic = { code, rule: stageGraphCodes[code].rule, severity: 'error', message, path };
    const source = sourceOf(holder);
    if (source) d.source = source;
    if (hint) d.hint = hint;
    diagnostics.push(d);
  };

  const byName = new Map<string, number>();
  image.stages.forEach((stage, i) => {
    if (stage.name === undefined) return;
    const key = stage.name.toLowerCase();
    if (byName.has(key)) {
      report('DSL2001', `stage name '${stage.name}' is used by more than one stage`, [...stagePath(i), 'name'], stage, 'give each stage its own name');
    } else {
      byName.set(key, i);
    }
  });

  const references = image.stages.map(referencesOf);
  let numbered = false;
  const edges: number[][] = [];
  for (let i = 0; i < references.length; i++) {
    const targets: number[] = [];
    for (const ref of references[i]!) {
      let target = byName.get(ref.name.toLowerCase());
      if (target === undefined) {
        target = stageAtPosition(ref.name, image.stages.length);
        if (target !== undefined) numbered = true;
      }
      if (target === i) {
        report('DSL2004', `${viaText[ref.via]} refers to stage '${ref.name}' itself`, [...stagePath(i), ...ref.path], ref.holder);
      } else if (target !== undefined) {
        targets.push(target);
      } else if (ref.explicit) {
        const guess = didYouMean(ref.name, byName.keys());
        report('DSL2003', `${viaText[ref.via]} refers to stage '${ref.name}', which does not exist${guess ? ` (did you mean '${guess}'?)` : ''}`, [...stagePath(i), ...ref.path], ref.holder, guess ? `use '${guess}'` : `stages: ${[...byName.keys()].join(', ') || 'none'}`);
      }
    }
    edges.push(targets);
  }

  let targetIndex = image.stages.length - 1;
  if (image.target !== undefined) {
    const found = byName.get(image.target.toLowerCase());
    if (found === undefined) {
      const guess = didYouMean(image.target, byName.keys());
      report('DSL2006', `target '${image.target}' is not a stage of this image${guess ? ` (did you mean '${guess}'?)` : ''}`, [...prefix, 'target'], image);
    } else {
      targetIndex = found;
    }
  }

  const order: number[] = [];
  const state = new Array<'new' | 'visiting' | 'done'>(image.stages.length).fill('new');
  const chain: number[] = [];
  const visit = (i: number): void => {
    if (state[i] === 'done') return;
    if (state[i] === 'visiting') {
      const cycle = [...chain.slice(chain.indexOf(i)), i].map((n) => image.stages[n]!.name ?? String(n));
      report('DSL2005', `stages depend on each other in a cycle: ${cycle.join(' → ')}`, stagePath(i), image.stages[i]!);
      return;
    }
    state[i] = 'visiting';
    chain.push(i);
    for (const dep of edges[i]!) visit(dep);
    chain.pop();
    state[i] = 'done';
    order.push(i);
  };
  for (let i = 0; i < image.stages.length; i++) if (i !== targetIndex) visit(i);
  visit(targetIndex);
  // Moving stages would change what a numbered reference means: keep the written order.
  if (numbered) order.splice(0, order.length, ...image.stages.map((_, i) => i));

  if (diagnostics.length > 0) return { diagnostics };
  return {
    resolved: { image, stages: order.map((i) => image.stages[i]!), order, target: image.stages[targetIndex]!, references },
    diagnostics,
  };
}
