import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { Image } from '../image/image.js';
import { stageGraph, type StageGraph } from '../resolve/stage-graph.js';
import { ImageFacts, type DockerfileText } from './image-facts.js';
import { ImageWalk } from './image-walk.js';
import type { AnyRule } from './rule.js';
import { RuleRun, type ImageRun } from './rule-run.js';
import { effectiveSeverity, type RuleSeverities } from './severity-config.js';
import { commentIgnores, covers, noDirective, parseCheckDirective } from './suppressions.js';
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
 * Runs rules over one image and returns their findings, rule by rule: configured severities
 * applied, rules skipped by `# check=skip=`, findings suppressed by `ignore` fields and ignore
 * comments dropped. Every rule's visitors are called from one walk of the image. A rule that
 * throws becomes an error diagnostic instead of a crash.
 *
 * @example
 * const diagnostics = runRules(image, { rules: builtinRules });
 */
export function runRules(image: Image, options: RunRulesOptions): Diagnostic[] {
  const prefix = options.prefix ?? ['images', image.name];
  const facts = new ImageFacts(image, prefix, options.dockerfile, options.graph ?? stageGraph(image));
  const directive = parseCheckDirective(image.directives?.check);
  const comments = options.dockerfile ? (options.dockerfile.ignores ?? commentIgnores(options.dockerfile.lines)) : undefined;
  const fileIgnores = comments && comments.file.size > 0 ? comments.file : undefined;
  const shared: ImageRun = {
    facts,
    lineIgnores: comments && comments.lines.size > 0 ? comments : undefined,
    stageIgnores: facts.stages.some((s) => s.stage.ignore !== undefined),
  };
  const runs: RuleRun[] = [];
  const walk = new ImageWalk();
  for (const rule of options.rules) {
    const severity = effectiveSeverity(rule, options.severities);
    if (severity === 'off') continue;
    if (rule.dockerfileOnly && !options.dockerfile) continue;
    const buildkit = rule.docs.buildkit;
    if (buildkit && directive !== noDirective && (directive.all || directive.skip.has(buildkit))) continue;
    if ((image.ignore && covers(image.ignore, rule)) || (fileIgnores && covers(fileIgnores, rule))) continue;
    const run = new RuleRun(rule, buildkit && directive.error ? 'error' : severity, shared, prefix);
    runs.push(run);
    run.start(walk);
  }
  walk.walk(facts);
  const out: Diagnostic[] = [];
  for (const run of runs) out.push(...run.findings);
  return options.dockerfile && out.length > 1 ? sortBySource(out) : out;
}
