import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/did-you-mean.js';
import type { Image } from '../image/image.js';
import type { CopySource } from '../model/references.js';
import { sourceOf } from '../model/source-location.js';
import type { Stage } from '../image/stage.js';
import { stageGraphCodes } from './stage-graph-codes.js';

/**
 * One reference from a stage to another stage: a FROM, a `COPY --from` or a mount `from`.
 *
 * @example
 * const r: StageReference = { name: 'build', via: 'copy', explicit: true, path: ['steps', 2, 'from'], holder: step, stage: 0 };
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
  /** Index into `image.stages` of the stage it refers to, or undefined when it names none. */
  stage: number | undefined;
}

/**
 * How an image's stages refer to each other, worked out once: names, references, what the
 * target needs and a build order. Compilation and the rules' facts both read it.
 *
 * @example
 * const graph = stageGraph(image);
 * graph.reachable[0]; // true when the target needs the first stage
 */
export interface StageGraph {
  /** Each lower-cased stage name and the first stage that has it. */
  names: ReadonlyMap<string, number>;
  /** References of each stage, by index into `image.stages`. */
  references: StageReference[][];
  /** Index of the stage built by default: the target, or the last stage. */
  target: number;
  /** For each stage, whether the target needs it (the target included). */
  reachable: boolean[];
  /** Indexes into `image.stages`, every stage after the stages it uses (written order otherwise, target last). */
  order: number[];
  /** Stages whose name an earlier stage already has. */
  duplicates: number[];
  /** Each cycle found, as the stage indexes along it (first and last the same). */
  cycles: number[][];
  /** The image names a target that is not one of its stages. */
  unknownTarget: boolean;
}

/**
 * An image with its stages in build order and what each stage refers to.
 *
 * @example
 * const { stages, target } = resolveImage(image).resolved!;
 */
export interface ResolvedImage {
  image: Image;
  /** Stages in build order: every stage after the stages it uses. */
  stages: Stage[];
  /** Index into `image.stages` for each entry of `stages`. */
  order: number[];
  /** The stage that is built by default. */
  target: Stage;
  /** References of each stage, by index into `image.stages`. */
  references: StageReference[][];
  /** The whole stage graph. */
  graph: StageGraph;
}

/**
 * The stage a reference names, as Docker reads it: a stage name (without case), else a stage's
 * position in the file (`--from=0`). The one place that answers "which stage is this?".
 *
 * @example
 * referredStage('Build', new Map([['build', 0]]), 2); // 0
 * referredStage('1', new Map(), 2); // 1
 */
export function referredStage(name: string, names: ReadonlyMap<string, number>, stageCount: number): number | undefined {
  const named = names.get(name.toLowerCase());
  if (named !== undefined) return named;
  if (!/^\d+$/.test(name)) return undefined;
  const position = Number(name);
  return position < stageCount ? position : undefined;
}

/** The name a FROM or `--from` value gives a stage by: a plain string, or an explicit `{ stage }`. */
function nameOf(source: CopySource | Stage['from'] | undefined): { name: string; explicit: boolean } | undefined {
  if (source === undefined) return undefined;
  if (typeof source === 'string') return { name: source, explicit: false };
  return 'stage' in source ? { name: source.stage, explicit: true } : undefined;
}

function referencesOf(stage: Stage, names: ReadonlyMap<string, number>, stageCount: number): StageReference[] {
  const refs: StageReference[] = [];
  const add = (source: CopySource | Stage['from'] | undefined, via: StageReference['via'], path: PathSegment[], holder: object): void => {
    const found = nameOf(source);
    if (found) refs.push({ name: found.name, explicit: found.explicit, via, path, holder, stage: referredStage(found.name, names, stageCount) });
  };
  add(stage.from, 'from', ['from'], stage);
  // ONBUILD triggers resolve in the downstream build, so only direct COPY and RUN count.
  stage.steps.forEach((step, i) => {
    if (step.kind === 'copy') add(step.from, 'copy', ['steps', i, 'from'], step);
    else if (step.kind === 'run') step.mounts?.forEach((mount, m) => add('from' in mount ? mount.from : undefined, 'mount', ['steps', i, 'mounts', m, 'from'], step));
  });
  return refs;
}

/**
 * Works out the stage graph of an image (see {@link StageGraph}); never fails: the problems it
 * finds are in the result, for `resolveImage` to report.
 *
 * @example
 * stageGraph({ name: 'api', stages: [{ name: 'build', from: 'golang', steps: [] }, { from: 'build', steps: [] }] }).order; // [0, 1]
 */
export function stageGraph(image: Image): StageGraph {
  const stages = image.stages;
  const names = new Map<string, number>();
  const duplicates: number[] = [];
  stages.forEach((stage, i) => {
    if (stage.name === undefined) return;
    const key = stage.name.toLowerCase();
    if (names.has(key)) duplicates.push(i);
    else names.set(key, i);
  });
  const references = stages.map((stage) => referencesOf(stage, names, stages.length));
  const uses = references.map((refs, i) => refs.flatMap((ref) => (ref.stage === undefined || ref.stage === i ? [] : [ref.stage])));

  const named = image.target === undefined ? undefined : names.get(image.target.toLowerCase());
  const target = named ?? stages.length - 1;

  const reachable = stages.map(() => false);
  const mark = (i: number): void => {
    if (reachable[i]) return;
    reachable[i] = true;
    for (const used of uses[i]!) mark(used);
  };
  if (stages.length > 0) mark(target);

  const order: number[] = [];
  const cycles: number[][] = [];
  const state = stages.map((): 'new' | 'visiting' | 'done' => 'new');
  const chain: number[] = [];
  const visit = (i: number): void => {
    if (state[i] === 'done') return;
    if (state[i] === 'visiting') {
      cycles.push([...chain.slice(chain.indexOf(i)), i]);
      return;
    }
    state[i] = 'visiting';
    chain.push(i);
    for (const used of uses[i]!) visit(used);
    chain.pop();
    state[i] = 'done';
    order.push(i);
  };
  for (let i = 0; i < stages.length; i++) if (i !== target) visit(i);
  if (stages.length > 0) visit(target);
  // Moving stages would change what a numbered reference means: keep the written order.
  const numbered = references.some((refs) => refs.some((ref) => ref.stage !== undefined && !names.has(ref.name.toLowerCase())));
  return { names, references, target, reachable, order: numbered ? stages.map((_, i) => i) : order, duplicates, cycles, unknownTarget: image.target !== undefined && named === undefined };
}

const viaText = { from: 'FROM', copy: 'COPY --from', mount: 'RUN --mount from' } as const;

/**
 * Settles the stage graph: finds what each stage uses, reports references to stages that do not
 * exist, to the stage itself, duplicate names, cycles and an unknown target, and orders stages
 * so each comes after the stages it uses (otherwise keeping the written order, target last).
 * The graph comes back even when there are diagnostics (the rules still read it).
 *
 * @example
 * const { resolved, diagnostics } = resolveImage(image, ['images', 'api']);
 */
export function resolveImage(image: Image, prefix: PathSegment[] = ['images', image.name]): { resolved?: ResolvedImage; graph: StageGraph; diagnostics: Diagnostic[] } {
  const graph = stageGraph(image);
  const diagnostics: Diagnostic[] = [];
  const stagePath = (i: number): PathSegment[] => [...prefix, 'stages', image.stages[i]!.name ?? i];
  const report = (code: string, rule: string, message: string, path: PathSegment[], holder: object, hint?: string): void => {
    const d: Diagnostic = { code, rule, severity: 'error', message, path };
    const source = sourceOf(holder);
    if (source) d.source = source;
    if (hint) d.hint = hint;
    diagnostics.push(d);
  };
  const known = (): string[] => [...graph.names.keys()];

  for (const i of graph.duplicates) {
    const stage = image.stages[i]!;
    report('DSL2001', stageGraphCodes.DSL2001.rule, `stage name '${stage.name}' is used by more than one stage`, [...stagePath(i), 'name'], stage, 'give each stage its own name');
  }
  graph.references.forEach((refs, i) => {
    for (const ref of refs) {
      if (ref.stage === i) {
        report('DSL2004', stageGraphCodes.DSL2004.rule, `${viaText[ref.via]} refers to stage '${ref.name}' itself`, [...stagePath(i), ...ref.path], ref.holder);
      } else if (ref.stage === undefined && ref.explicit) {
        // The same mistake the rule DSL2007 finds in plain `--from` names; an explicit reference cannot fall back to an image.
        const guess = didYouMean(ref.name, known());
        report('DSL2007', 'CopyFromUnknownStage', `${viaText[ref.via]} refers to stage '${ref.name}', which does not exist${guess ? ` (did you mean '${guess}'?)` : ''}`, [...stagePath(i), ...ref.path], ref.holder, guess ? `use '${guess}'` : `stages: ${known().join(', ') || 'none'}`);
      }
    }
  });
  if (graph.unknownTarget) {
    const guess = didYouMean(image.target!, known());
    report('DSL2006', stageGraphCodes.DSL2006.rule, `target '${image.target}' is not a stage of this image${guess ? ` (did you mean '${guess}'?)` : ''}`, [...prefix, 'target'], image);
  }
  for (const cycle of graph.cycles) {
    const at = cycle[cycle.length - 1]!;
    report('DSL2005', stageGraphCodes.DSL2005.rule, `stages depend on each other in a cycle: ${cycle.map((n) => image.stages[n]!.name ?? String(n)).join(' → ')}`, stagePath(at), image.stages[at]!);
  }

  if (diagnostics.length > 0) return { graph, diagnostics };
  return {
    graph,
    resolved: { image, stages: graph.order.map((i) => image.stages[i]!), order: graph.order, target: image.stages[graph.target]!, references: graph.references, graph },
    diagnostics,
  };
}
