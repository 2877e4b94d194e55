import type { ImageInput } from '../builders/image-builder.js';
import type { ImageHook } from '../compile/compile-image.js';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { Image } from '../image/image.js';
import { resolveImage } from '../resolve/stage-graph.js';
import { validateImage } from '../validate/validate.js';
import type { DockerfileText } from './image-facts.js';
import { ruleRegistry, type PolicyPack } from './registry.js';
import type { AnyRule } from './rule.js';
import { runRules, type RunRulesOptions } from './run-rules.js';
import { shouldFail, type RuleSeverities } from './severity-config.js';

/**
 * Options of `checkImages` and `checkDockerfile`.
 *
 * @example
 * const options: CheckOptions = { severities: { LatestTag: 'error' }, policies: [acmePolicy], strict: true };
 */
export interface CheckOptions {
  /** Severity per rule code or name, or `off` (the config's `rules`). */
  severities?: RuleSeverities;
  /** Policy packs whose rules run next to the built-in ones. */
  policies?: readonly PolicyPack[];
  /** Replace the rule set entirely (tests, tools). */
  rules?: readonly AnyRule[];
  /** Warnings fail the check too (`--strict`). */
  strict?: boolean;
}

/**
 * The outcome of a check: every diagnostic, and whether the run fails (errors, or warnings
 * under `strict`).
 *
 * @example
 * const { ok, diagnostics } = checkImages([api]);
 */
export interface CheckResult {
  ok: boolean;
  diagnostics: Diagnostic[];
}

/**
 * Validates, resolves and runs every rule over a set of images (definitions or plain objects).
 * Never throws on bad input.
 *
 * @example
 * const result = checkImages([api, worker], { severities: config.rules, policies: config.policies });
 * process.exitCode = result.ok ? 0 : 1;
 */
export function checkImages(images: readonly (ImageInput | unknown)[], options: CheckOptions = {}): CheckResult {
  const rules = options.rules ?? ruleRegistry(options.policies);
  const diagnostics = images.flatMap((input) => checkOne(input, rules, options));
  return { ok: !shouldFail(diagnostics, options), diagnostics };
}

/** @internal Shared by checkImages and checkDockerfile. */
export function checkOne(input: ImageInput | unknown, rules: readonly AnyRule[], options: CheckOptions, prefix?: PathSegment[], dockerfile?: DockerfileText): Diagnostic[] {
  let image: Image;
  if (dockerfile) {
    // The parser already reported what BuildKit rejects; the definition schema is stricter than
    // Docker (it refuses `EXPOSE 80/TCP`), so parsed images go to the rules as they are.
    image = input as Image;
  } else {
    const validation = prefix ? validateImage(input, prefix) : validateImage(input);
    if (!validation.ok) return validation.diagnostics;
    image = validation.image;
  }
  const path = prefix ?? ['images', image.name];
  const { graph, diagnostics: resolved } = resolveImage(image, path);
  const runOptions: RunRulesOptions = { rules, prefix: path, graph };
  if (options.severities) runOptions.severities = options.severities;
  if (dockerfile) runOptions.dockerfile = dockerfile;
  const found = runRules(image, runOptions);
  return resolved.length === 0 ? found : [...resolved, ...found];
}

/**
 * The rule engine as a `compileImage` hook, so `dsl synth` reports rule findings and stops
 * on errors.
 *
 * @example
 * compileImage(api, { hooks: [ruleHook({ severities: config.rules })] });
 */
export function ruleHook(options: CheckOptions = {}): ImageHook {
  const rules = options.rules ?? ruleRegistry(options.policies);
  const severities = options.severities;
  return (resolved, prefix) => runRules(resolved.image, { rules, prefix, graph: resolved.graph, ...(severities ? { severities } : {}) });
}

/**
 * The earlier name of `ruleHook`.
 *
 * @deprecated Use `ruleHook`; this name goes in the next release.
 * @example
 * compileImage(api, { hooks: [ruleCheck()] }); // the same as ruleHook()
 */
export const ruleCheck = ruleHook;
