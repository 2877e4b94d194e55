import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import { DslError, hasErrors } from '../diagnostics/diagnostic.js';
import type { ImageInput } from '../builders/image-builder.js';
import type { Image } from '../image/image.js';
import { resolveImage, type ResolvedImage } from '../resolve/stage-graph.js';
import { validateImage } from '../validate/validate.js';
import { validateBuildInputs } from '../resolve/validate-build-inputs.js';
import { printDockerfile, type PrintOptions } from './dockerfile.js';
import { frontendFeatureDiagnostics, longLineDiagnostic } from './frontend-features.js';
import { heredocLineDiagnostics } from './heredoc-scan.js';

/**
 * A hook run on the resolved image before it is printed; what it returns joins the result's
 * diagnostics, and an error stops compilation. The rule engine plugs in here (`ruleHook()` in
 * `@dockerdsl/core/tooling`).
 *
 * @example
 * const stageCount: ImageHook = (resolved, prefix) => resolved.stages.length > 5 ? [{ code: 'ACME001', rule: 'TooManyStages', severity: 'warning', message: 'more than 5 stages', path: prefix }] : [];
 */
export type ImageHook = (resolved: ResolvedImage, prefix: PathSegment[]) => Diagnostic[];

/**
 * The earlier name of `ImageHook`.
 *
 * @deprecated Use `ImageHook`; this name goes in the next release.
 * @example
 * const noop: ImageHook = () => [];
 */
export type ImageCheck = ImageHook;

/**
 * Options of `compileImage`.
 *
 * @example
 * const options: CompileOptions = { comments: false };
 */
export interface CompileOptions extends PrintOptions {
  /** Hooks run on the resolved image before printing (the rule engine is one); their errors stop compilation. */
  hooks?: ImageHook[];
  /**
   * The earlier name of `hooks`; runs after them.
   *
   * @deprecated Use `hooks`; this option goes in the next release.
   */
  checks?: ImageHook[];
  /** Path prefix for diagnostics (default `images.<name>`). */
  path?: PathSegment[];
}

/**
 * The outcome of compiling one image.
 *
 * @example
 * if (result.ok) writeFileSync('api.Dockerfile', result.dockerfile);
 */
export type CompileResult =
  | { ok: true; image: Image; resolved: ResolvedImage; dockerfile: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Runs the pipeline for one image: validate (zod) → resolve (stage graph, build inputs) → the
 * hooks (the rules, in `dsl synth`) → print.
 * Never throws on bad input: problems come back as diagnostics.
 *
 * @example
 * const result = compileImage(image('hello').stage('main', 'busybox', (s) => s.cmd(['echo', 'hi'])));
 * result.ok && result.dockerfile; // 'FROM busybox AS main\nCMD ["echo", "hi"]\n'
 */
export function compileImage(input: ImageInput | unknown, options: CompileOptions = {}): CompileResult {
  const validation = options.path ? validateImage(input, options.path) : validateImage(input);
  if (!validation.ok) return { ok: false, diagnostics: validation.diagnostics };
  const image = validation.image;
  const prefix = options.path ?? ['images', image.name];
  const { resolved, diagnostics } = resolveImage(image, prefix);
  if (!resolved) return { ok: false, diagnostics };
  const features = [...frontendFeatureDiagnostics(image, prefix), ...heredocLineDiagnostics(image, prefix)];
  if (features.length > 0) return { ok: false, diagnostics: features };
  const hooks = [...(options.hooks ?? []), ...(options.checks ?? [])];
  const findings = [...validateBuildInputs(image, prefix), ...hooks.flatMap((hook) => hook(resolved, prefix))];
  if (hasErrors(findings)) return { ok: false, diagnostics: findings };
  const dockerfile = printDockerfile(resolved, options);
  const tooLong = longLineDiagnostic(dockerfile, prefix);
  if (tooLong) return { ok: false, diagnostics: [...findings, tooLong] };
  return { ok: true, image, resolved, dockerfile, diagnostics: findings };
}

/**
 * Compiles an image to Dockerfile text, throwing a `DslError` (with the diagnostics) when it
 * has errors. Handy in scripts and tests; the CLI uses `compileImage`.
 *
 * @example
 * const text = toDockerfile(image('hello').stage('main', 'busybox', (s) => s.cmd(['echo', 'hi'])));
 */
export function toDockerfile(input: ImageInput | unknown, options: CompileOptions = {}): string {
  const result = compileImage(input, options);
  if (!result.ok) throw new DslError(result.diagnostics);
  return result.dockerfile;
}
