import type { Diagnostic, PathSegment, Severity } from '../diagnostics/diagnostic.js';
import type { Image } from '../model/image.js';
import { sourceOf } from '../model/source-location.js';
import { ImageFacts, type DockerfileText, type StageFact } from './image-facts.js';
import type { AnyRule, ReportOptions, RuleContext, RuleTarget } from './rule.js';
import { effectiveSeverity, type RuleSeverities } from './severity-config.js';
import { commentIgnores, covers, parseCheckDirective, type CommentIgnores } from './suppressions.js';

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
  const facts = new ImageFacts(image, prefix, options.dockerfile);
  const directive = parseCheckDirective(image.directives?.check);
  const comments: CommentIgnores | undefined = options.dockerfile ? commentIgnores(options.dockerfile.lines) : undefined;
  const out: Diagnostic[] = [];
  for (const [rule, configured] of planFor(options.rules, options.severities)) {
    let severity = configured;
    if (rule.dockerfileOnly && !options.dockerfile) continue;
    const buildkit = rule.docs.buildkit;
    if (buildkit && (directive.all || directive.skip.has(buildkit))) continue;
    if (covers(image.ignore, rule) || covers(comments?.file, rule)) continue;
    if (buildkit && directive.error) severity = 'error';
    const ctx = makeContext(rule, severity, facts, comments, out);
    try {
      rule.check(ctx);
    } catch (error) {
      out.push({ code: rule.code, rule: rule.name, severity: 'error', message: `rule ${rule.name} failed: ${(error as Error).message}`, path: prefix });
    }
  }
  if (options.dockerfile) out.sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0) || (a.source?.column ?? 0) - (b.source?.column ?? 0));
  return out;
}

const plans = new WeakMap<readonly AnyRule[], WeakMap<object, ReadonlyArray<[AnyRule, Severity]>>>();
const noConfig = {};

/** The rules that are on and their severities, worked out once per rule set and config. */
function planFor(rules: readonly AnyRule[], severities: RuleSeverities | undefined): ReadonlyArray<[AnyRule, Severity]> {
  let byConfig = plans.get(rules);
  if (!byConfig) plans.set(rules, (byConfig = new WeakMap()));
  const key = severities ?? noConfig;
  let plan = byConfig.get(key);
  if (!plan) {
    plan = rules.flatMap((rule): Array<[AnyRule, Severity]> => {
      const severity = effectiveSeverity(rule, severities);
      return severity === 'off' ? [] : [[rule, severity]];
    });
    byConfig.set(key, plan);
  }
  return plan;
}

function stageOf(target: RuleTarget): StageFact | undefined {
  if ('steps' in target && 'base' in target) return target;
  if ('stage' in target && 'index' in target && typeof (target as { stage: unknown }).stage === 'object' && 'base' in (target as { stage: object }).stage) return (target as { stage: StageFact }).stage;
  return undefined;
}

function makeContext(rule: AnyRule, severity: Severity, facts: ImageFacts, comments: CommentIgnores | undefined, out: Diagnostic[]): RuleContext<unknown> {
  return {
    facts,
    report(target: RuleTarget, data: unknown, options: ReportOptions = {}) {
      const stage = stageOf(target);
      if (stage && covers(stage.stage.ignore, rule)) return;
      const source = sourceOf(target.holder) ?? (stage ? sourceOf(stage.holder) : undefined) ?? sourceOf(facts.image);
      if (source && comments && covers(comments.lines.get(source.line), rule)) return;
      const d: Diagnostic = { code: rule.code, rule: rule.name, severity, message: rule.format(data), path: options.at ? [...target.path, ...options.at] : target.path };
      if (source) d.source = source;
      const hint = options.hint ?? (typeof rule.hint === 'function' ? rule.hint(data) : rule.hint);
      if (hint) d.hint = hint;
      out.push(d);
    },
  };
}
