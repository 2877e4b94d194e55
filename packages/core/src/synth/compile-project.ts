import { ruleHook } from '../checks/check-images.js';
import { ruleRegistry } from '../checks/registry.js';
import { ruleConfigDiagnostics } from '../checks/severity-config.js';
import { compileImage, type CompileResult } from '../compile/compile-image.js';
import { composeRules } from '../compose/checks/registry.js';
import { compileCompose, stackImages, type ComposeCompileResult } from '../compose/compile-compose.js';
import type { ComposeStack } from '../compose/stack.js';
import type { DslConfig } from '../config/config.js';
import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { Image } from '../image/image.js';
import { errorSummary, synthCodes } from './synth-codes.js';

/**
 * An image synth writes: the image, its Dockerfile text, and the stage to build when it is not
 * the last one.
 *
 * @example
 * const c: CompiledImage = { image, dockerfile: 'FROM busybox:1.36 AS main\n' };
 */
export interface CompiledImage {
  image: Image;
  dockerfile: string;
  target?: string;
}

/**
 * Compiles every image of the project once — validate, resolve, check (with the config's
 * `rules` and `policies`), print — the config's own images first, then those a Compose stack
 * builds that the config does not list. Returns the images synth writes (duplicate names are a
 * DSL5905, an image with errors is left out) and every result by name, for the stacks to reuse.
 *
 * @example
 * const { images, results } = compileProjectImages(config, diagnostics);
 * images.map((c) => c.image.name); // ['api', 'worker']
 */
export function compileProjectImages(config: DslConfig, diagnostics: Diagnostic[]): { images: CompiledImage[]; results: Map<string, CompileResult> } {
  if (config.rules) diagnostics.push(...ruleConfigDiagnostics(config.rules, [...ruleRegistry(config.policies), ...composeRules]));
  const hooks = [ruleHook(config.rules ? { severities: config.rules } : {})];
  const inputs: { input: unknown; path: PathSegment[] }[] = config.images.map((input, index) => ({ input, path: ['images', nameOf(input) ?? index] }));
  (config.compose ?? []).forEach((stack, index) => {
    const images = guarded(diagnostics, ['compose', index], () => stackImages(stack)) ?? [];
    for (const image of images) if (!inputs.some((i) => nameOf(i.input) === image.name)) inputs.push({ input: image, path: ['images', image.name] });
  });
  const images: CompiledImage[] = [];
  const results = new Map<string, CompileResult>();
  const seen = new Set<string>();
  for (const { input, path } of inputs) {
    const result = guarded(diagnostics, path, () => compileImage(plainImage(input), { path, hooks }));
    if (!result) continue;
    diagnostics.push(...result.diagnostics);
    const name = result.ok ? result.image.name : nameOf(input);
    if (name !== undefined && !results.has(name)) results.set(name, result);
    if (!result.ok) continue;
    if (seen.has(result.image.name)) {
      diagnostics.push({ ...synthCodes.duplicateImage, severity: 'error', message: `two images are named '${result.image.name}'; each names its own Dockerfile`, path: [...path, 'name'] });
      continue;
    }
    seen.add(result.image.name);
    const lastStage = result.resolved.stages.at(-1);
    const target = result.image.target ?? (result.resolved.target !== lastStage ? result.resolved.target.name : undefined);
    images.push({ image: result.image, dockerfile: result.dockerfile, ...(target ? { target } : {}) });
  }
  return { images, results };
}

/**
 * A Compose stack of the config and what compiling it gave.
 *
 * @example
 * const s: CompiledStack = { stack, index: 0, result: compileCompose(stack) };
 */
export interface CompiledStack {
  stack: ComposeStack;
  index: number;
  result: ComposeCompileResult;
}

/**
 * Compiles the config's Compose stacks with the images compiled already (`results`), so no
 * image is compiled twice; the stacks' own findings (their rules at the config's `rules`
 * severities) join `diagnostics` (their images' were reported when they were compiled).
 *
 * @example
 * const stacks = compileProjectStacks(config, results, { outDir: '/repo/.dsl/out', root: '/repo' }, diagnostics);
 */
export function compileProjectStacks(config: DslConfig, results: ReadonlyMap<string, CompileResult>, where: { outDir: string; root: string }, diagnostics: Diagnostic[]): CompiledStack[] {
  const stacks: CompiledStack[] = [];
  (config.compose ?? []).forEach((stack, index) => {
    const result = guarded(diagnostics, ['compose', index], () => compileCompose(stack, { outDir: where.outDir, projectDir: where.root, path: ['compose', stack.name ?? index], compiled: results, ...(config.rules ? { severities: config.rules } : {}) }));
    if (result) stacks.push({ stack, index, result });
  });
  for (const { result } of stacks) diagnostics.push(...result.diagnostics.filter((d) => d.path[0] !== 'images'));
  return stacks;
}

/**
 * A plain image object from a builder or a plain object. Builders are recognised by shape, not
 * class, because the config may have loaded its own copy of @dockerdsl/core.
 *
 * @example
 * plainImage(image('api', { stages: [runtime] })).stages.length; // 1
 */
export function plainImage(input: unknown): unknown {
  const builder = input as { toImage?: () => Image } | null;
  return builder !== null && typeof builder === 'object' && typeof builder.toImage === 'function' ? builder.toImage() : input;
}

/**
 * Runs `compile`, turning an error the config's own objects throw (a getter, a `toImage` that
 * fails) into a DSL5902 at `path` instead of a crash.
 */
function guarded<T>(diagnostics: Diagnostic[], path: PathSegment[], compile: () => T): T | undefined {
  try {
    return compile();
  } catch (error) {
    diagnostics.push({ ...synthCodes.evaluation, severity: 'error', message: `the config threw while it was read: ${errorSummary(error)}`, path });
    return undefined;
  }
}

function nameOf(input: unknown): string | undefined {
  const name = (input as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
