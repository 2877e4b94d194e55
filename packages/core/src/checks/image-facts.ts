import type { PathSegment } from '../diagnostics/diagnostic.js';
import { instructionKinds, type Instruction, type InstructionKind } from '../instructions/index.js';
import type { Image } from '../model/image.js';
import { copySourceText, type CopySource } from '../model/references.js';
import type { Stage } from '../model/stage.js';
import { imageTraits } from './image-traits.js';
import { runScriptText } from './run-script-text.js';
import { runWords, type RunWords } from './run-words.js';
import { analyseShell, type ShellScript } from './shell-script.js';
import type { CommentIgnores } from './suppressions.js';

/** What a stage starts from. */
export type StageBase = { kind: 'scratch' } | { kind: 'stage'; stage: StageFact } | { kind: 'image'; ref: string };

/**
 * One stage with what the rules ask about it, computed once.
 *
 * @example
 * facts.stages.filter((s) => s.isFinal);
 */
export interface StageFact {
  stage: Stage;
  index: number;
  /** Lower-cased stage name, if it has one. */
  name: string | undefined;
  path: PathSegment[];
  holder: object;
  base: StageBase;
  steps: StepFact[];
  /** The stage that is built by default (the target, or the last stage). */
  isFinal: boolean;
  /** The final stage uses it, directly or through other stages. */
  reachable: boolean;
}

/**
 * One step of a stage, with its kind and position. Without a kind argument it is a union that
 * `kind` narrows: after `s.kind === 'env'`, `s.step.vars` is typed.
 *
 * @example
 * for (const s of facts.steps('run')) s.step.command;
 * for (const s of stage.steps) if (s.kind === 'workdir') s.step.path;
 */
export type StepFact<K extends InstructionKind = InstructionKind> = K extends InstructionKind ? StepFactOf<K> : never;

/** A step fact of one kind (see `StepFact`). */
export interface StepFactOf<K extends InstructionKind> {
  step: Extract<Instruction, { kind: K }>;
  /**
   * The step's kind, read once: `step.kind` reads a field of ~20 differently shaped objects, the
   * slowest kind of property read, and rules walking a stage's steps test it for every step.
   */
  kind: K;
  stage: StageFact;
  /** Index in `stage.steps`. */
  index: number;
  path: PathSegment[];
  holder: object;
}

/** Raw text of a parsed Dockerfile, for the few rules about how it was written. */
export interface DockerfileText {
  file: string;
  lines: string[];
  /** Its ignore comments, when the caller has already read them. */
  ignores?: CommentIgnores;
}

/**
 * The facts of one image that rules share: stages, steps grouped by kind and RUN scripts
 * tokenised once.
 *
 * @example
 * const facts = new ImageFacts(image, ['images', image.name]);
 */
export class ImageFacts {
  readonly stages: StageFact[];
  readonly final: StageFact;
  /** The kinds of the image's steps as bits (`kindMask`), so the runner tests for any of several kinds with one AND. */
  readonly kinds: number = 0;
  /** The image's traits as bits (`traitMask`), for the same test on rules that declare `traits`. */
  readonly traits: number;
  // Indexed by the kind's position in `instructionKinds`: a Map grew and rehashed as kinds were added.
  private readonly byKind: (StepFact[] | undefined)[] = new Array(instructionKinds.length);
  // Plain maps, made on first use: the facts live for one image, and a WeakMap costs more to make.
  private scripts: Map<object, ShellScript> | undefined;
  private readonly names = new Map<string, StageFact>();
  private memos: Map<string, unknown> | undefined;
  private words: RunWords | undefined;

  constructor(
    readonly image: Image,
    readonly prefix: PathSegment[],
    /** Present when the image was parsed from a Dockerfile. */
    readonly dockerfile?: DockerfileText,
  ) {
    // Plain loops and object literals: this runs once per image, on every synth with checks.
    // Arrays are made at their final size: pushing past a small array's room grows it by 16
    // slots, which made these facts several times larger than what they hold.
    const stages = image.stages;
    let stepCount = 0;
    for (let index = 0; index < stages.length; index++) stepCount += stages[index]!.steps.length;
    if (slotScratch.length < stepCount) slotScratch = new Int16Array(2 * stepCount);
    kindCounts.fill(0);
    for (let index = 0, n = 0; index < stages.length; index++) {
      const steps = stages[index]!.steps;
      for (let i = 0; i < steps.length; i++, n++) {
        const slot = slotOf(steps[i]!.kind);
        slotScratch[n] = slot;
        if (slot >= 0) kindCounts[slot]!++; // not a known instruction (an unvalidated object) when < 0
      }
    }
    const byKind = this.byKind;
    for (let slot = 0; slot < kindCounts.length; slot++) {
      if (kindCounts[slot] === 0) continue;
      byKind[slot] = new Array<StepFact>(kindCounts[slot]!);
      (this as { kinds: number }).kinds |= 1 << slot;
      kindCounts[slot] = 0; // from here on: how many of the slot's list are filled
    }
    this.stages = new Array<StageFact>(stages.length);
    for (let index = 0, n = 0; index < stages.length; index++) {
      const stage = stages[index]!;
      const steps = stage.steps;
      const stepFacts = new Array<StepFact>(steps.length);
      // Every field in the literal: one added later moves the object's fields to a second array.
      const fact: StageFact = { stage, index, name: stage.name?.toLowerCase(), path: pathBelow(prefix, 'stages', stage.name ?? index), holder: stage, base: scratch, steps: stepFacts, isFinal: false, reachable: false };
      for (let i = 0; i < steps.length; i++, n++) {
        const slot = slotScratch[n]!;
        const step = steps[i]!;
        const stepFact = new LazyStepFact(step, slot >= 0 ? instructionKinds[slot]! : step.kind, fact, i) as StepFact;
        stepFacts[i] = stepFact;
        if (slot >= 0) byKind[slot]![kindCounts[slot]!++] = stepFact;
      }
      // A plain-string FROM names only an earlier stage (Docker pulls any other name).
      if (typeof stage.from === 'string') fact.base = this.baseOf(stage);
      this.stages[index] = fact;
      if (fact.name !== undefined && !this.names.has(fact.name)) this.names.set(fact.name, fact);
    }
    this.traits = imageTraits(image, this.steps('run'));
    for (const fact of this.stages) if (typeof fact.stage.from !== 'string') fact.base = this.baseOf(fact.stage);
    const target = image.target === undefined ? undefined : this.names.get(image.target.toLowerCase());
    this.final = target ?? this.stages[this.stages.length - 1]!;
    this.final.isFinal = true;
    this.markReachable(this.final);
  }

  /** Every step of one kind, in file order. */
  steps<K extends InstructionKind>(kind: K): StepFact<K>[] {
    return (this.byKind[slotOf(kind)] ?? none) as unknown as StepFact<K>[];
  }

  /** True when some stage has a step of this kind. */
  hasKind(kind: InstructionKind): boolean {
    return this.byKind[slotOf(kind)] !== undefined;
  }

  /** A stage by name (case-insensitive). */
  stageNamed(name: string): StageFact | undefined {
    // Names are usually written in lower case already: lower-casing copies the string anyway.
    return this.names.get(name) ?? this.names.get(name.toLowerCase());
  }

  /** Stage names, lower-cased, in file order. */
  stageNames(): string[] {
    return [...this.names.keys()];
  }

  /** The stage a `--from` value refers to, if it names one. */
  sourceStage(source: CopySource | undefined): StageFact | undefined {
    if (source === undefined) return undefined;
    if (typeof source === 'object' && !('stage' in source)) return undefined;
    return this.stageNamed(copySourceText(source));
  }

  /**
   * A value derived from the facts, computed on first use and shared by every rule. `compute`
   * receives the facts, so it can be a module-level function rather than a closure made on
   * every call.
   */
  memo<T>(key: string, compute: (facts: ImageFacts) => T): T {
    const memos = (this.memos ??= new Map());
    let value = memos.get(key) as T | undefined;
    if (value === undefined && !memos.has(key)) {
      value = compute(this);
      memos.set(key, value);
    }
    return value as T;
  }

  /** The RUN command as shell commands, tokenised on first use and cached. */
  script(run: Extract<Instruction, { kind: 'run' }>): ShellScript {
    const scripts = (this.scripts ??= new Map());
    let script = scripts.get(run);
    if (!script) {
      script = analyseShell(runScriptText(run));
      scripts.set(run, script);
    }
    return script;
  }

  /**
   * The words the image's RUN scripts mention (see `runWords`), read once: when none is a
   * program a rule looks for, no RUN needs tokenising for it.
   */
  runWords(): RunWords {
    if (this.words === undefined) {
      const runs = this.steps('run');
      const texts: string[] = [];
      for (let i = 0; i < runs.length; i++) texts.push(runScriptText(runs[i]!.step));
      this.words = runWords(texts);
    }
    return this.words;
  }

  private baseOf(stage: Stage): StageBase {
    if (typeof stage.from !== 'string') {
      const found = this.names.get(stage.from.stage.toLowerCase());
      return found ? { kind: 'stage', stage: found } : { kind: 'image', ref: stage.from.stage };
    }
    const earlier = this.names.get(stage.from.toLowerCase());
    if (earlier) return { kind: 'stage', stage: earlier };
    if (stage.from.toLowerCase() === 'scratch') return scratch;
    return { kind: 'image', ref: stage.from };
  }

  private markReachable(stage: StageFact): void {
    if (stage.reachable) return;
    stage.reachable = true;
    if (stage.base.kind === 'stage') this.markReachable(stage.base.stage);
    const steps = stage.steps;
    for (let i = 0; i < steps.length; i++) {
      const fact = steps[i]!;
      if (fact.kind === 'copy') this.markUsed(fact.step.from, stage);
      else if (fact.kind === 'run' && fact.step.mounts) for (const m of fact.step.mounts) if ('from' in m) this.markUsed(m.from, stage);
    }
  }

  private markUsed(source: CopySource | undefined, by: StageFact): void {
    const used = this.sourceStage(source);
    if (used && used !== by) this.markReachable(used);
  }
}

// Shared by every stage built from scratch (and by stages until their base is known); read-only.
const scratch: StageBase = Object.freeze({ kind: 'scratch' });

/** Each kind's position in `instructionKinds`: its slot in `byKind` and its bit in `kinds`. */
// A plain object (a null-prototype one is a slower dictionary): names such as `constructor` find
// an inherited function, which every reader rejects by testing for a number.
const kindSlots: Readonly<Record<string, number>> = Object.fromEntries(instructionKinds.map((kind, i) => [kind, i]));

/** `[...prefix, a, b]` made at its size (`concat` and spreading cost several times more). */
function pathBelow(prefix: readonly PathSegment[], a: PathSegment, b: PathSegment): PathSegment[] {
  const n = prefix.length;
  const path = new Array<PathSegment>(n + 2);
  for (let i = 0; i < n; i++) path[i] = prefix[i]!;
  path[n] = a;
  path[n + 1] = b;
  return path;
}

// Scratch space of the constructor (it never runs inside itself): each kind's step count, and
// each step's slot between its two passes.
const kindCounts = new Uint16Array(instructionKinds.length);
let slotScratch = new Int16Array(64);

/** The slot of a kind, or -1 for a name that is not an instruction kind. */
function slotOf(kind: string): number {
  const slot = kindSlots[kind];
  return typeof slot === 'number' ? slot : -1;
}

/**
 * The bits of some instruction kinds, to test against `ImageFacts.kinds` (0 when none is known).
 *
 * @example
 * (kindMask(['add', 'copy']) & facts.kinds) !== 0; // the image has an ADD or a COPY
 */
export function kindMask(kinds: readonly InstructionKind[]): number {
  let mask = 0;
  for (const kind of kinds) {
    const slot = slotOf(kind);
    if (slot >= 0) mask |= 1 << slot;
  }
  return mask;
}

// Shared empty result of `steps()`; frozen so a rule cannot fill it for the next image.
const none: StepFact[] = Object.freeze([]) as unknown as StepFact[];

/** A step fact whose path is built only when a rule reports on it (most steps never are). */
class LazyStepFact {
  constructor(
    readonly step: Instruction,
    readonly kind: string,
    readonly stage: StageFact,
    readonly index: number,
  ) {}

  get holder(): object {
    return this.step;
  }

  get path(): PathSegment[] {
    return pathBelow(this.stage.path, 'steps', this.index);
  }
}
