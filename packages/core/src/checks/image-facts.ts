import type { PathSegment } from '../diagnostics/diagnostic.js';
import { instructionKinds, type Instruction, type InstructionKind } from '../instructions/index.js';
import type { Image } from '../image/image.js';
import { copySourceText, type CopySource } from '../model/references.js';
import type { Stage } from '../image/stage.js';
import { referredStage, stageGraph, type StageGraph } from '../resolve/stage-graph.js';
import { runScriptText } from '../analysis/run-script-text.js';
import { analyseShell, type ShellScript } from '../analysis/shell-script.js';
import type { CommentIgnores } from './suppressions.js';

/**
 * What a stage starts from.
 *
 * @example
 * if (stage.base.kind === 'image') console.log(stage.base.ref); // 'node:22'
 */
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
  /** The step's kind (as `step.kind`), for narrowing. */
  kind: K;
  stage: StageFact;
  /** Index in `stage.steps`. */
  index: number;
  path: PathSegment[];
  holder: object;
}

/**
 * Raw text of a parsed Dockerfile, for the few rules about how it was written.
 *
 * @example
 * const text: DockerfileText | undefined = facts.dockerfile; // set when the image was parsed from a file
 */
export interface DockerfileText {
  file: string;
  lines: string[];
  /** Its ignore comments, when the caller has already read them. */
  ignores?: CommentIgnores;
}

/**
 * The facts of one image that rules share: its stage graph (see `stageGraph`, the same one
 * compilation uses), steps grouped by kind and RUN scripts tokenised once.
 *
 * @example
 * const facts = new ImageFacts(image, ['images', image.name]);
 */
export class ImageFacts {
  readonly stages: StageFact[];
  readonly final: StageFact;
  private readonly byKind = new Map<string, StepFact[]>();
  private readonly scripts = new Map<object, ShellScript>();
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly image: Image,
    readonly prefix: PathSegment[],
    /** Present when the image was parsed from a Dockerfile. */
    readonly dockerfile?: DockerfileText,
    /** The image's stage graph, when the caller has resolved it already. */
    readonly graph: StageGraph = stageGraph(image),
  ) {
    this.stages = image.stages.map((stage, index) => {
      const fact: StageFact = { stage, index, name: stage.name?.toLowerCase(), path: [...prefix, 'stages', stage.name ?? index], holder: stage, base: scratch, steps: [], isFinal: index === graph.target, reachable: graph.reachable[index] === true };
      fact.steps = stage.steps.map((step, i) => new LazyStepFact(step, step.kind, fact, i) as StepFact);
      return fact;
    });
    for (const fact of this.stages) {
      fact.base = this.baseOf(fact);
      for (const step of fact.steps) {
        const list = this.byKind.get(step.kind);
        if (list) list.push(step);
        else if (instructionKinds.includes(step.kind)) this.byKind.set(step.kind, [step]);
      }
    }
    this.final = this.stages[graph.target]!;
  }

  /** Every step of one kind, in file order. */
  steps<K extends InstructionKind>(kind: K): StepFact<K>[] {
    return (this.byKind.get(kind) ?? []) as unknown as StepFact<K>[];
  }

  /** A stage by name (case-insensitive). */
  stageNamed(name: string): StageFact | undefined {
    const index = this.graph.names.get(name.toLowerCase());
    return index === undefined ? undefined : this.stages[index];
  }

  /** Stage names, lower-cased, in file order. */
  stageNames(): string[] {
    return [...this.graph.names.keys()];
  }

  /** The stage a `--from` value refers to, if it names one (by name or position, as Docker reads it). */
  sourceStage(source: CopySource | undefined): StageFact | undefined {
    if (source === undefined) return undefined;
    if (typeof source === 'object' && !('stage' in source)) return undefined;
    const index = referredStage(copySourceText(source), this.graph.names, this.stages.length);
    return index === undefined ? undefined : this.stages[index];
  }

  /**
   * A value derived from the facts, computed on first use and shared by every rule. `compute`
   * receives the facts, so it can be a module-level function rather than a closure made on
   * every call.
   */
  memo<T>(key: string, compute: (facts: ImageFacts) => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute(this));
    return this.memos.get(key) as T;
  }

  /** The RUN command as shell commands, tokenised on first use and cached. */
  script(run: Extract<Instruction, { kind: 'run' }>): ShellScript {
    let script = this.scripts.get(run);
    if (!script) {
      script = analyseShell(runScriptText(run));
      this.scripts.set(run, script);
    }
    return script;
  }

  /**
   * What a stage starts from, from its FROM reference in the graph. A plain-string FROM names
   * only an earlier stage, as in a Dockerfile (Docker pulls any other name).
   */
  private baseOf(fact: StageFact): StageBase {
    const from = fact.stage.from;
    const ref = this.graph.references[fact.index]?.find((r) => r.via === 'from');
    const used = ref?.stage;
    if (used !== undefined && (typeof from !== 'string' || used < fact.index)) return { kind: 'stage', stage: this.stages[used]! };
    if (typeof from !== 'string') return { kind: 'image', ref: from.stage };
    if (from.toLowerCase() === 'scratch') return scratch;
    return { kind: 'image', ref: from };
  }
}

// Shared by every stage built from scratch; read-only.
const scratch: StageBase = Object.freeze({ kind: 'scratch' });

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
    return [...this.stage.path, 'steps', this.index];
  }
}
