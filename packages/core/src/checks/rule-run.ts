import type { Diagnostic, PathSegment, Severity } from '../diagnostics/diagnostic.js';
import { sourceOf, type SourceLocation } from '../model/source-location.js';
import type { ImageFacts, StageFact, StepFact } from './image-facts.js';
import type { ImageWalk } from './image-walk.js';
import type { AnyRule, ReportOptions, RuleContext, RuleTarget } from './rule.js';
import type { ShellCommand } from '../analysis/shell-script.js';
import { ruleFailure, ruleFinding } from './rule-finding.js';
import { covers, type CommentIgnores } from './suppressions.js';

/** What every rule of one image's run shares: the facts and the suppressions that apply. */
export interface ImageRun {
  facts: ImageFacts;
  /** `# dsl ignore=` comments by line, when the image was parsed from a Dockerfile. */
  lineIgnores: CommentIgnores | undefined;
  /** True when some stage has an `ignore` field (most have none: no stage lookup per report then). */
  stageIgnores: boolean;
}

/**
 * One rule running over one image: the context its `create` receives, its findings, and
 * whether it failed. A rule that throws is reported once as an error and called no more.
 *
 * @example
 * const run = new RuleRun(latestTag, 'warning', shared, ['images', 'api']);
 * run.start(walk);
 */
export class RuleRun implements RuleContext<unknown> {
  readonly findings: Diagnostic[] = [];
  /** True once the rule has thrown: the walk calls it no more. */
  failed = false;

  constructor(
    readonly rule: AnyRule,
    private readonly severity: Severity,
    private readonly shared: ImageRun,
    private readonly prefix: PathSegment[],
  ) {}

  get facts(): ImageFacts {
    return this.shared.facts;
  }

  commands(run: StepFact<'run'>): readonly ShellCommand[] {
    return this.shared.facts.script(run.step).commands;
  }

  /**
   * Calls the rule's `create` and registers its visitors with the walk; none when `create`
   * throws or returns a key that is no visitor (the rule's error finding says which).
   */
  start(walk: ImageWalk): void {
    try {
      walk.listen(this, this.rule.create(this));
    } catch (error) {
      this.fail(error);
    }
  }

  report(target: RuleTarget, data: unknown, options?: ReportOptions): void {
    const { rule, shared } = this;
    if (shared.stageIgnores) {
      const stage = stageOf(target);
      if (stage?.stage.ignore && covers(stage.stage.ignore, rule)) return;
    }
    const source = sourceOf(target.holder) ?? fallbackSource(target, shared.facts);
    if (source && shared.lineIgnores && covers(shared.lineIgnores.lines.get(source.line), rule)) return;
    const severity = options?.unbuilt && this.severity === 'error' ? 'warning' : this.severity;
    const path = options?.at ? [...target.path, ...options.at] : target.path;
    this.findings.push(ruleFinding(rule, severity, data, path, source, options?.hint));
  }

  /** Records that the rule threw, as its error finding. */
  fail(error: unknown): void {
    this.failed = true;
    this.findings.push(ruleFailure(this.rule, this.prefix, error));
  }
}

function stageOf(target: RuleTarget): StageFact | undefined {
  if ('steps' in target && 'base' in target) return target;
  if ('stage' in target && 'index' in target && typeof target.stage === 'object' && 'base' in target.stage) return target.stage;
  return undefined;
}

function fallbackSource(target: RuleTarget, facts: ImageFacts): SourceLocation | undefined {
  const stage = stageOf(target);
  return (stage ? sourceOf(stage.holder) : undefined) ?? sourceOf(facts.image);
}
