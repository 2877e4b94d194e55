import type { Diagnostic, PathSegment, Severity } from '../diagnostics/diagnostic.js';
import type { Image } from '../model/image.js';
import { sourceOf, type SourceLocation } from '../model/source-location.js';
import { ImageFacts, kindMask, type DockerfileText, type StageFact } from './image-facts.js';
import { traitMask } from './image-traits.js';
import type { AnyRule, ReportOptions, RuleContext, RuleTarget } from './rule.js';
import { effectiveSeverity, type RuleSeverities } from './severity-config.js';
import { commentIgnores, covers, noDirective, parseCheckDirective, type CommentIgnores } from './suppressions.js';
import { commandIndex } from './package-commands.js';
import { mentionKeys, mentionOf, type MentionKeys } from './run-words.js';
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
  const comments: CommentIgnores | undefined = options.dockerfile ? (options.dockerfile.ignores ?? commentIgnores(options.dockerfile.lines)) : undefined;
  const fileIgnores = comments && comments.file.size > 0 ? comments.file : undefined;
  const lineIgnores = comments && comments.lines.size > 0 ? comments : undefined;
  let anyStageIgnores = false;
  for (const s of facts.stages) if (s.stage.ignore !== undefined) anyStageIgnores = true;
  const out: Diagnostic[] = [];
  // One context for the whole run, pointed at each rule in turn: rules report synchronously
  // inside `check`, and a context per rule was a measurable share of the runner's cost.
  const ctx = new Context(facts, lineIgnores, anyStageIgnores, out);
  // The RUN programs of the image, looked up once (undefined until a rule asks, null without RUN).
  let programs: ReadonlyMap<string, unknown> | null | undefined;
  for (const entry of planFor(options.rules, options.severities)) {
    const rule = entry.rule;
    if (entry.dockerfileOnly && !options.dockerfile) continue;
    if (entry.kinds !== unrestricted && (entry.kinds & facts.kinds) === 0) continue;
    if (entry.traits !== unrestricted && (entry.traits & facts.traits) === 0) continue;
    const buildkit = entry.buildkit;
    if (buildkit && directive !== noDirective && (directive.all || directive.skip.has(buildkit))) continue;
    if ((image.ignore && covers(image.ignore, rule)) || (fileIgnores && covers(fileIgnores, rule))) continue;
    if (entry.mentions && !facts.runWords().hasAny(entry.mentions)) continue;
    if (entry.commands || entry.commandPattern) {
      if (programs === undefined) programs = facts.hasKind('run') ? commandIndex(facts) : null;
      if (!programs) continue;
      if (entry.commands && !runsAny(programs, entry.commands)) continue;
      if (entry.commandPattern && !runsMatching(programs, entry.commandPattern)) continue;
    }
    ctx.rule = rule;
    ctx.severity = buildkit && directive.error ? 'error' : entry.severity;
    try {
      entry.check.call(rule, ctx);
    } catch (error) {
      out.push({ code: rule.code, rule: rule.name, severity: 'error', message: `rule ${rule.name} failed: ${(error as Error).message}`, path: prefix });
    }
  }
  return options.dockerfile && out.length > 1 ? sortBySource(out) : out;
}

function runsMatching(programs: ReadonlyMap<string, unknown>, pattern: RegExp): boolean {
  for (const name of programs.keys()) if (pattern.test(name)) return true;
  return false;
}

function runsAny(programs: ReadonlyMap<string, unknown>, names: readonly string[]): boolean {
  for (const name of names) if (programs.has(name)) return true;
  return false;
}

/** One enabled rule of a plan, with what the runner checks before calling it. */
interface PlanEntry {
  rule: AnyRule;
  severity: Severity;
  // Copied from the rule so that every entry has one shape (rules differ in their optional fields).
  dockerfileOnly: boolean;
  buildkit: string | undefined;
  /** `kindMask` of the rule's `kinds`, or `unrestricted` when it declares none. */
  kinds: number;
  /** `traitMask` of the rule's `traits`, or `unrestricted` when it declares none. */
  traits: number;
  commands: readonly string[] | undefined;
  commandPattern: RegExp | undefined;
  /** The rule's `mentions`, else the leading letters of its `commands` (see `mentionsOf`). */
  mentions: MentionKeys | undefined;
  /** The rule's `check`, read once: rules differ in shape, so `rule.check` is a megamorphic load. */
  check: AnyRule['check'];
}

/** The kind or trait mask of a rule that declares none: it runs on every image. */
const unrestricted = -1;

const plans = new WeakMap<readonly AnyRule[], WeakMap<object, readonly PlanEntry[]>>();
const noConfig = {};

/** The rules that are on and their severities, worked out once per rule set and config. */
function planFor(rules: readonly AnyRule[], severities: RuleSeverities | undefined): readonly PlanEntry[] {
  let byConfig = plans.get(rules);
  if (!byConfig) plans.set(rules, (byConfig = new WeakMap()));
  const key = severities ?? noConfig;
  let plan = byConfig.get(key);
  if (!plan) {
    plan = rules.flatMap((rule): PlanEntry[] => {
      const severity = effectiveSeverity(rule, severities);
      if (severity === 'off') return [];
      return [{
        rule,
        severity,
        dockerfileOnly: rule.dockerfileOnly === true,
        buildkit: rule.docs.buildkit,
        kinds: rule.kinds && rule.kinds.length > 0 ? kindMask(rule.kinds) : unrestricted,
        traits: rule.traits && rule.traits.length > 0 ? traitMask(rule.traits) : unrestricted,
        commands: rule.commands && rule.commands.length > 0 ? rule.commands : undefined,
        commandPattern: rule.commandPattern,
        mentions: mentionKeysOf(rule),
        check: rule.check,
      }];
    });
    byConfig.set(key, plan);
  }
  return plan;
}

/**
 * The keys of the words one of which a RUN must mention for the rule to fire: its own
 * `mentions`, else the leading letters of each of its `commands` (the runner still tests the
 * programs exactly afterwards), or undefined when there is nothing to test.
 */
function mentionKeysOf(rule: AnyRule): MentionKeys | undefined {
  const declared = rule.mentions && rule.mentions.length > 0 ? mentionKeys(rule.mentions) : undefined;
  if (declared || !rule.commands || rule.commands.length === 0) return declared;
  const implied: string[] = [];
  for (const name of rule.commands) {
    const word = mentionOf(name);
    if (word === undefined) return undefined; // a program the text test cannot see: no test from commands
    if (!implied.includes(word)) implied.push(word);
  }
  return mentionKeys(implied);
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
