import { didYouMean } from '../diagnostics/did-you-mean.js';
import { instructionKinds } from '../instructions/index.js';
import type { ImageFacts, StepFact } from './image-facts.js';
import type { CommandFact, RuleVisitors } from './rule.js';

type Visitor = (this: RuleVisitors, argument: never) => void;

const stepEvents: ReadonlySet<string> = new Set(instructionKinds);
const hookEvents: ReadonlySet<string> = new Set(['image', 'stage', 'command', 'stage:exit', 'image:exit']);
const commandPrefix = 'command:';

/**
 * What the walk needs of one rule's run: whether it has failed, and a way to fail it. (A
 * `RuleRun` is one; naming only this keeps the walk from importing the run, which imports it.)
 */
export interface VisitedRule {
  readonly failed: boolean;
  fail(error: unknown): void;
}

/** One rule's visitor for one event, with the object it belongs to (its `this`). */
interface Listener {
  run: VisitedRule;
  visitor: Visitor;
  visitors: RuleVisitors;
}

/**
 * Walks one image once and calls every rule's visitors: `image`, then per stage `stage`, each
 * step's kind visitor (for a RUN then, per shell command, `command` and `command:<program>`),
 * `stage:exit`; finally `image:exit`. Each event calls the rules in the order they were given.
 * A RUN is tokenised only when some rule visits commands, and a `command:<program>` visitor
 * costs nothing on the other programs' commands.
 *
 * @example
 * const walk = new ImageWalk();
 * walk.listen(run, latestTag.create(run));
 * walk.walk(facts);
 */
export class ImageWalk {
  /** Listeners of the image and stage hooks and of every command (`command`). */
  private readonly hooks = new Map<string, Listener[]>();
  /** Listeners by instruction kind: a step whose kind is no instruction (an unvalidated model) reaches none. */
  private readonly steps = new Map<string, Listener[]>();
  /** Listeners of one program's commands, by program name (`command:apt-get` under `apt-get`). */
  private readonly programs = new Map<string, Listener[]>();

  /**
   * Registers one rule's visitors. Throws when a key is no visitor (a misspelt kind or hook, or
   * a malformed `command:` selector), so that a typo cannot silently turn a rule off; the rule
   * has failed then, and a failed rule's visitors are not called.
   */
  listen(run: VisitedRule, visitors: RuleVisitors): void {
    for (const key in visitors) {
      const visitor = visitors[key as keyof RuleVisitors];
      if (typeof visitor !== 'function') continue;
      const listener: Listener = { run, visitor: visitor as Visitor, visitors };
      if (stepEvents.has(key)) add(this.steps, key, listener);
      else if (hookEvents.has(key)) add(this.hooks, key, listener);
      else add(this.programs, commandProgram(key), listener);
    }
  }

  walk(facts: ImageFacts): void {
    this.emit(this.hooks.get('image'), facts);
    const visitsCommands = this.hooks.has('command') || this.programs.size > 0;
    for (const stage of facts.stages) {
      this.emit(this.hooks.get('stage'), stage);
      for (const step of stage.steps) {
        this.emit(this.steps.get(step.kind), step);
        if (step.kind === 'run' && visitsCommands) this.commands(facts, step);
      }
      this.emit(this.hooks.get('stage:exit'), stage);
    }
    this.emit(this.hooks.get('image:exit'), facts);
  }

  /** Calls the command visitors on each shell command of one RUN, in order. */
  private commands(facts: ImageFacts, run: StepFact<'run'>): void {
    const every = this.hooks.get('command');
    const all = facts.script(run.step).commands;
    for (let index = 0; index < all.length; index++) {
      const command = all[index]!;
      const program = this.programs.size > 0 ? this.programs.get(command.name) : undefined;
      if (!every && !program) continue;
      const fact: CommandFact = { run, command, index, all };
      this.emit(every, fact);
      this.emit(program, fact);
    }
  }

  private emit(listeners: readonly Listener[] | undefined, argument: unknown): void {
    if (listeners === undefined) return;
    for (const l of listeners) {
      if (l.run.failed) continue;
      try {
        l.visitor.call(l.visitors, argument as never);
      } catch (error) {
        l.run.fail(error);
      }
    }
  }
}

function add(table: Map<string, Listener[]>, key: string, listener: Listener): void {
  const list = table.get(key);
  if (list) list.push(listener);
  else table.set(key, [listener]);
}

/** The program a `command:<program>` key names; throws when `key` is no visitor, saying which keys are and the likely one meant. */
function commandProgram(key: string): string {
  if (key.startsWith(commandPrefix)) {
    const program = key.slice(commandPrefix.length);
    if (/^[^\s/]+$/.test(program)) return program;
    throw new TypeError(`'${key}' is not a visitor: a command selector names one program, without spaces or a directory, such as 'command:apt-get'`);
  }
  const colon = key.indexOf(':');
  const candidates = [...stepEvents, ...hookEvents, ...(colon >= 0 ? [`${commandPrefix}${key.slice(colon + 1)}`] : [])];
  const guess = didYouMean(key, candidates);
  throw new TypeError(`'${key}' is not a visitor${guess ? ` (did you mean '${guess}'?)` : ''}: visitors are instruction kinds (run, copy, …), command, command:<program>, image, stage, stage:exit and image:exit`);
}
