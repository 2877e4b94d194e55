import { instructionKinds } from '../instructions/index.js';
import type { ImageFacts } from './image-facts.js';
import type { CommandFact, RuleVisitors } from './rule.js';
import type { RuleRun } from './rule-run.js';

type Visitor = (this: RuleVisitors, argument: never) => void;

const stepEvents: ReadonlySet<string> = new Set(instructionKinds);

/** One rule's visitor for one event, with the object it belongs to (its `this`). */
interface Listener {
  run: RuleRun;
  visitor: Visitor;
  visitors: RuleVisitors;
}

/**
 * Walks one image once and calls every rule's visitors: `image`, then per stage `stage`, each
 * step's kind visitor (for a RUN then `command` per shell command, tokenised once), `stage:exit`;
 * finally `image:exit`. Each event calls the rules in the order they were given.
 *
 * @example
 * const walk = new ImageWalk();
 * walk.listen(run, run.start());
 * walk.walk(facts);
 */
export class ImageWalk {
  /** Listeners of the image, stage and command hooks. */
  private readonly hooks = new Map<string, Listener[]>();
  /** Listeners by instruction kind: a step whose kind is no instruction (an unvalidated model) reaches none. */
  private readonly steps = new Map<string, Listener[]>();

  /** Registers one rule's visitors. */
  listen(run: RuleRun, visitors: RuleVisitors): void {
    for (const event in visitors) {
      const visitor = visitors[event as keyof RuleVisitors];
      if (typeof visitor !== 'function') continue;
      const table = stepEvents.has(event) ? this.steps : this.hooks;
      const list = table.get(event) ?? [];
      list.push({ run, visitor: visitor as Visitor, visitors });
      table.set(event, list);
    }
  }

  walk(facts: ImageFacts): void {
    this.emit(this.hooks, 'image', facts);
    const commandListeners = this.hooks.get('command');
    for (const stage of facts.stages) {
      this.emit(this.hooks, 'stage', stage);
      for (const step of stage.steps) {
        this.emit(this.steps, step.kind, step);
        if (step.kind !== 'run' || !commandListeners) continue;
        const all = facts.script(step.step).commands;
        all.forEach((command, index) => {
          const fact: CommandFact = { run: step, command, index, all };
          for (const l of commandListeners) l.run.visit(l.visitor, l.visitors, fact);
        });
      }
      this.emit(this.hooks, 'stage:exit', stage);
    }
    this.emit(this.hooks, 'image:exit', facts);
  }

  private emit(table: ReadonlyMap<string, Listener[]>, event: string, argument: unknown): void {
    const list = table.get(event);
    if (list) for (const l of list) l.run.visit(l.visitor, l.visitors, argument);
  }
}
