import type { Diagnostic, PathSegment, Severity } from '../diagnostics/diagnostic.js';
import type { Image } from '../model/image.js';
import { sourceOf, type SourceLocation } from '../model/source-location.js';
import { stageGraph, type StageGraph } from '../resolve/stage-graph.js';
import { ImageFacts, type DockerfileText, type StageFact } from './image-facts.js';
import type { AnyRule, ReportOptions, RuleContext, RuleTarget } from './rule.js';
import { effectiveSeverity, type RuleSeverities } from './severity-config.js';
import { commentIgnores, covers, noDirective, parseCheckDirective, type CommentIgnores } from './suppressions.js';
import { sortBySource } from './source-order.js';

/**
 * Options of a rule run.
 *
 * @example
 * const options: RunRulesOptions = { rules: [...builtinRules, ...acmePolicy.rules], severities: { LatestTag: 'error' } };
 */
export interface RunRulesOptions {
  /** The rules to run (default: none — callers pass `builtinRules` and any policy packs). */
  rules: readonly AnyRule[];
  severities?: RuleSeverities;
  /** Path prefix of the image's diagnostics (default `images.<name>`). */
  prefix?: PathSegment[];
  /** The Dockerfile text, when the image was parsed from one. */
  dockerfile?: DockerfileText;
  /** The image's stage graph, when the caller has resolved it already (else it is worked out here). */
  graph?: StageGraph;
}

/**
 * Runs rules over one image and returns their findings: configured severities applied, rules
 * skipped by `# check=skip=`, findings suppressed by `ignore` fields and ignore comments
 * dropped. A rule that throws becomes an error diagnostic instead of a crash.
 *
 * @example
 * const diagnostics = runRules(image, { rules: builtinRules });
 */
export function runRules(image: Image, options: RunRulesOptions): Diagnostic[] {
  const prefix = options.prefix ?? ['images', image.name];
  const facts = new ImageFacts(image, prefix, options.dockerfile, options.graph ?? stageGraph(image));
  const directive = parseCheckDirective(image.directives?.check);
  const comments: CommentIgnores | undefined = options.dockerfile ? (options.dockerfile.ignores ?? commentIgnores(options.dockerfile.lines)) : undefined;
  const fileIgnores = comments && comments.file.size > 0 ? comments.file : undefined;
  const lineIgnores = comments && comments.lines.size > 0 ? comments : undefined;
  let anyStageIgnores = false;
  for (const s of facts.stages) if (s.stage.ignore !== undefined) anyStageIgnores = true;
  const out: Diagnostic[] = [];
  // One context for the whole run, pointed at each rule in turn: rules report synchronously inside `check`.
  const ctx = new Context(facts, lineIgnores, anyStageIgnores, out);
  for (const rule of options.rules) {
    const severity = effectiveSeverity(rule, options.severities);
    if (severity === 'off') continue;
    if (rule.dockerfileOnly && !options.dockerfile) continue;
    const buildkit = rule.docs.buildkit;
    if (buildkit && directive !== noDirective && (directive.all || directive.skip.has(buildkit))) continue;
    if ((image.ignore && covers(image.ignore, rule)) || (fileIgnores && covers(fileIgnores, rule))) continue;
    ctx.rule = rule;
    ctx.severity = buildkit && directive.error ? 'error' : severity;
    try {
      rule.check(ctx);
    } catch (error) {
      out.push({ code: rule.code, rule: rule.name, severity: 'error', message: `rule ${rule.name} failed: ${(error as Error).message}`, path: prefix });
    }
  }
  return options.dockerfile && out.length > 1 ? sortBySource(out) : out;
}

function stageOf(target: RuleTarget): StageFact | undefined {
  if ('steps' in target && 'base' in target) return target;
  if ('stage' in target && 'index' in target && typeof (target as { stage: unknown }).stage === 'object' && 'base' in (target as { stage: object }).stage) return (target as { stage: StageFact }).stage;
  return undefined;
}

function fallbackSource(target: RuleTarget, facts: ImageFacts): SourceLocation | undefined {
  const stage = stageOf(target);
  return (stage ? sourceOf(stage.holder) : undefined) ?? sourceOf(facts.image);
}

/**
 * The context rules report through: a plain object with a method, not a closure per rule. The
 * runner sets `rule` and `severity` before each `check`, so it is valid only during that call.
 */
class Context implements RuleContext<unknown> {
  rule: AnyRule = undefined as unknown as AnyRule;
  severity: Severity = 'warning';

  constructor(
    readonly facts: ImageFacts,
    private readonly comments: CommentIgnores | undefined,
    private readonly stageIgnores: boolean,
    private readonly out: Diagnostic[],
  ) {}

  report(target: RuleTarget, data: unknown, options?: ReportOptions): void {
    const rule = this.rule;
    if (this.stageIgnores) {
      const stage = stageOf(target);
      if (stage?.stage.ignore && covers(stage.stage.ignore, rule)) return;
    }
    const source = sourceOf(target.holder) ?? fallbackSource(target, this.facts);
    if (source && this.comments && covers(this.comments.lines.get(source.line), rule)) return;
    const severity = options?.unbuilt && this.severity === 'error' ? 'warning' : this.severity;
    const d: Diagnostic = { code: rule.code, rule: rule.name, severity, message: rule.format(data), path: options?.at ? [...target.path, ...options.at] : target.path };
    if (source) d.source = source;
    const hint = options?.hint ?? (typeof rule.hint === 'function' ? rule.hint(data) : rule.hint);
    if (hint) d.hint = hint;
    this.out.push(d);
  }
}
