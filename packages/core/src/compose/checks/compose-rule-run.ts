import type { Diagnostic, PathSegment, Severity } from '../../diagnostics/diagnostic.js';
import { sourceOf, type SourceLocation } from '../../model/source-location.js';
import { ruleFailure, ruleFinding } from '../../checks/rule-finding.js';
import { keySourceOf } from '../key-source.js';
import type { ComposeStack } from '../stack.js';
import type { AnyComposeRule, ComposeReportOptions, ComposeRuleContext, ComposeRuleVisitors } from './compose-rule.js';
import { silencedAt, type ComposeIgnoreComments } from './compose-ignores.js';

/**
 * One Compose rule running over one stack: the context its `create` receives, its findings
 * (less those the element they are about silences), and whether it failed. A rule that throws
 * is reported once as an error and called no more, as image rules are.
 *
 * @example
 * const run = new ComposeRuleRun(duplicateHostPort, 'error', stack, ['compose', 'shop']);
 * const visitors = run.start();
 */
export class ComposeRuleRun implements ComposeRuleContext<unknown> {
  readonly findings: Diagnostic[] = [];
  private failed = false;

  constructor(
    readonly rule: AnyComposeRule,
    private readonly severity: Severity,
    readonly stack: ComposeStack,
    private readonly prefix: PathSegment[],
    private readonly comments?: ComposeIgnoreComments,
  ) {}

  /** Calls the rule's `create`; no visitors when it throws. */
  start(): ComposeRuleVisitors {
    try {
      return this.rule.create(this);
    } catch (error) {
      this.fail(error);
      return {};
    }
  }

  /** Calls one of the rule's visitors, turning an exception into the rule's error finding. */
  visit(call: () => void): void {
    if (this.failed) return;
    try {
      call();
    } catch (error) {
      this.fail(error);
    }
  }

  report(path: PathSegment[], data: unknown, options?: ComposeReportOptions): void {
    const { rule } = this;
    if (silencedAt(this.stack, path, this.comments, rule)) return;
    const severity = options?.uncertain && this.severity === 'error' ? 'warning' : this.severity;
    this.findings.push(ruleFinding(rule, severity, data, [...this.prefix, ...path], sourceAlong(this.stack, path), options?.hint));
  }

  private fail(error: unknown): void {
    this.failed = true;
    this.findings.push(ruleFailure(this.rule, this.prefix, error));
  }
}

/**
 * Where the object at `path` below `root` was written: that of the deepest object (or key, for
 * values read from a file) on the way that knows it.
 */
function sourceAlong(root: unknown, path: PathSegment[]): SourceLocation | undefined {
  let current = root;
  let source = sourceOf(root);
  for (const segment of path) {
    if (current === null || typeof current !== 'object') break;
    const keyed = keySourceOf(current, segment);
    current = (current as Record<PathSegment, unknown>)[segment];
    source = sourceOf(current) ?? keyed ?? source;
  }
  return source;
}
