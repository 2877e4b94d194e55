import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { compileImage, compose, hasErrors, type CompileResult, type Diagnostic, type DslConfig, type Image, type ImageInput } from '@dockerdsl/core';
import { buildInputCodes, collectBuildInputs, ruleCheck, ruleConfigDiagnostics, ruleRegistry, sourceOf } from '@dockerdsl/core/tooling';
import { configCodes, errorSummary } from '../config/config-error.js';
import { lockProject, type SynthLock } from '../lock/lock-project.js';
import { projectTags } from '../lock/project-references.js';
import { bakeFile, type BakeImage } from './bake-file.js';
import { compareCodeUnits } from './code-unit-order.js';
import { withHeader } from './dockerfile-header.js';
import { imageDependencies } from './image-deps.js';
import { isPlainName, manifestName, manifestText } from './manifest.js';
import { missingContextSources } from './missing-sources.js';
import { lockName } from './output-lock.js';
import { pinPushedImages, type PushedImage } from './pushed-images.js';

/**
 * A file synth writes, relative to the output folder.
 *
 * @example
 * const f: PlannedFile = { path: 'api.Dockerfile', content: 'FROM scratch\n' };
 */
export interface PlannedFile {
  path: string;
  content: string;
}

/**
 * What synth would write for a config, and what it found on the way.
 *
 * @example
 * const plan: SynthPlan = planSynth(config, '/repo/dsl.config.ts');
 * plan.files.map((f) => f.path); // ['api.Dockerfile', 'docker-bake.json', 'dsl-manifest.json']
 */
export interface SynthPlan {
  /** The folder holding the config: contexts are relative to it. */
  root: string;
  /** The config file the plan comes from. */
  configFile: string;
  /** Absolute output folder. */
  outDir: string;
  files: PlannedFile[];
  images: BakeImage[];
  diagnostics: Diagnostic[];
  ok: boolean;
}

/**
 * Options of `planSynth`.
 *
 * @example
 * planSynth(config, file, { outDir: 'docker', cwd: process.cwd() });
 */
export interface PlanOptions {
  /** Output folder, relative to `cwd` (default: the config's `outDir`, else `.dsl/out` next to the config). */
  outDir?: string;
  cwd?: string;
  /** The lock to pin references with (`dsl.lock.json`, read by `planProject`). */
  lock?: SynthLock;
  /** Project images the last `dsl build --push` pushed (read by `planProject`): Compose services that run them are pinned to the pushed digest. */
  pushed?: Readonly<Record<string, PushedImage>>;
}

/**
 * Compiles every image of a config (running the rule engine with the config's `rules`) and its
 * Compose stacks, and lays out the files synth writes: `<name>.Dockerfile`,
 * `<name>.Dockerfile.dockerignore` where the image declares ignores, each stack's
 * `compose.yaml` (and variants), `docker-bake.json` and the manifest — in memory, nothing is
 * written. With a `lock`, image references are pinned by digest first. Errors anywhere make
 * `ok` false.
 *
 * @example
 * const plan = planSynth(config, '/repo/dsl.config.ts');
 * if (plan.ok) writeSynth(plan);
 */
export function planSynth(config: DslConfig, configFile: string, options: PlanOptions = {}): SynthPlan {
  const root = dirname(configFile);
  const outDir = synthOutDir(config, configFile, options);
  const diagnostics: Diagnostic[] = [];
  if (options.pushed && config.compose) {
    // Before the lock: what this project pushed last is what its stacks should run.
    config = { ...config, compose: pinPushedImages(config.compose, projectTags(config.images.map(plainImage), config.compose), options.pushed) };
  }
  if (options.lock) {
    // The one place the lock applies: every reference is pinned before anything compiles.
    const locked = lockProject(config.images.map(plainImage), config.compose ?? [], options.lock);
    config = { ...config, images: locked.images as ImageInput[], compose: locked.stacks };
    diagnostics.push(...locked.diagnostics);
  }
  const compiled: { image: Image; dockerfile: string; target?: string }[] = [];
  const seen = new Set<string>();
  if (config.rules) diagnostics.push(...ruleConfigDiagnostics(config.rules, ruleRegistry(config.policies)));
  const checks = [ruleCheck(config.rules ? { severities: config.rules } : {})];
  // Each image is compiled once, with the rules: the config's own, then those a stack's services
  // build that the config does not list; the stacks reuse the results.
  const inputs: { input: unknown; path: (string | number)[] }[] = config.images.map((input, index) => ({ input, path: ['images', nameOf(input) ?? index] }));
  (config.compose ?? []).forEach((stack, index) => {
    const images = guarded(diagnostics, ['compose', index], () => compose.stackImages(stack)) ?? [];
    for (const image of images) if (!inputs.some((i) => nameOf(i.input) === image.name)) inputs.push({ input: image, path: ['images', image.name] });
  });
  const results = new Map<string, CompileResult>();
  for (const { input, path } of inputs) {
    const result = guarded(diagnostics, path, () => compileImage(plainImage(input), { path, checks }));
    if (!result) continue;
    diagnostics.push(...result.diagnostics);
    const name = result.ok ? result.image.name : nameOf(input);
    if (name !== undefined && !results.has(name)) results.set(name, result);
    if (!result.ok) continue;
    if (seen.has(result.image.name)) {
      diagnostics.push({ ...configCodes.duplicateImage, severity: 'error', message: `two images are named '${result.image.name}'; each names its own Dockerfile`, path: [...path, 'name'] });
      continue;
    }
    seen.add(result.image.name);
    const lastStage = result.resolved.stages.at(-1);
    const target = result.image.target ?? (result.resolved.target !== lastStage ? result.resolved.target.name : undefined);
    compiled.push({ image: result.image, dockerfile: result.dockerfile, ...(target ? { target } : {}) });
  }
  const stacks: { stack: compose.ComposeStack; index: number; result: ReturnType<typeof compose.compileCompose> }[] = [];
  (config.compose ?? []).forEach((stack, index) => {
    const result = guarded(diagnostics, ['compose', index], () => compose.compileCompose(stack, { outDir, projectDir: root, path: ['compose', stack.name ?? index], compiled: results }));
    if (result) stacks.push({ stack, index, result });
  });
  // The stacks' own findings (their images were compiled above, with the rules).
  for (const { result } of stacks) diagnostics.push(...result.diagnostics.filter((d) => d.path[0] !== 'images'));
  diagnostics.push(...unknownProjectContexts(compiled.map((c) => c.image)));
  diagnostics.push(...missingContextSources(compiled.map((c) => c.image), root));
  const deps = imageDependencies(compiled.map((c) => c.image));
  const images: BakeImage[] = compiled.map((c) => ({ image: c.image, dockerfile: join(outDir, `${c.image.name}.Dockerfile`), ...(c.target ? { target: c.target } : {}), dependsOn: deps.get(c.image.name) ?? [] }));
  const files: PlannedFile[] = [];
  for (const c of compiled) {
    files.push({ path: `${c.image.name}.Dockerfile`, content: withHeader(c.dockerfile, definingFile(c.image, root, configFile)) });
    if (c.image.dockerignore) files.push({ path: `${c.image.name}.Dockerfile.dockerignore`, content: c.image.dockerignore.map((l) => `${l}\n`).join('') });
  }
  if (images.length > 0) files.push({ path: 'docker-bake.json', content: bakeFile(images, root) });
  for (const { stack, index, result } of stacks) {
    for (const file of result.files) {
      if (!isPlainName(file.path) || reservedNames.has(file.path) || file.path.startsWith(buildFilePrefix)) {
        diagnostics.push({ ...configCodes.outputPath, severity: 'error', message: `a stack's file must be a plain file name inside the output folder, not ${JSON.stringify(file.path)}`, path: ['compose', stack.name ?? index, 'file'], hint: "e.g. file: 'web.compose.yaml'" });
      } else if (files.some((f) => f.path === file.path)) {
        diagnostics.push({ ...configCodes.duplicateFile, severity: 'error', message: `two outputs would be written to ${file.path}`, path: ['compose', stack.name ?? index, 'file'], hint: 'give each stack its own file name (`file`)' });
      } else files.push({ path: file.path, content: file.text });
    }
  }
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  files.push({ path: manifestName, content: manifestText(files, manifestConfigPath(outDir, configFile)) });
  return { root, configFile, outDir, files, images, diagnostics, ok: !hasErrors(diagnostics) };
}

/**
 * The absolute output folder: `--out` (relative to `cwd`), else the config's `outDir`, else
 * `.dsl/out`, both relative to the config's folder.
 *
 * @example
 * synthOutDir({ images: [] }, '/repo/dsl.config.ts'); // '/repo/.dsl/out'
 */
export function synthOutDir(config: Pick<DslConfig, 'outDir'>, configFile: string, options: Pick<PlanOptions, 'outDir' | 'cwd'> = {}): string {
  return options.outDir !== undefined ? resolve(options.cwd ?? process.cwd(), options.outDir) : resolve(dirname(configFile), config.outDir ?? '.dsl/out');
}

/**
 * The config file as the manifest names it: relative to the output folder, with `/`.
 *
 * @example
 * manifestConfigPath('/repo/.dsl/out', '/repo/dsl.config.ts'); // '../../dsl.config.ts'
 */
export function manifestConfigPath(outDir: string, configFile: string): string {
  return relative(outDir, configFile).split(sep).join('/');
}

/** Names synth keeps for itself in the output folder. */
const reservedNames = new Set([manifestName, lockName]);

/** `dsl build` writes its own files beside synth's (`dsl-build.json`, `dsl-build.host-network.yaml`): never a stack's. */
const buildFilePrefix = 'dsl-build.';

/**
 * Runs `compile`, turning an error the config's own objects throw (a getter, a `toImage` that
 * fails) into a DSL5902 at `path` instead of a crash.
 */
function guarded<T>(diagnostics: Diagnostic[], path: (string | number)[], compile: () => T): T | undefined {
  try {
    return compile();
  } catch (error) {
    diagnostics.push({ ...configCodes.evaluation, severity: 'error', message: `the config threw while it was read: ${errorSummary(error)}`, path });
    return undefined;
  }
}

/**
 * A plain image object from a builder or a plain object. Builders are recognised by shape, not
 * class, because the config may have loaded its own copy of @dockerdsl/core.
 *
 * @example
 * plainImage(image('api', { stages: [runtime] })).stages.length; // 1
 */
export function plainImage(input: ImageInput | unknown): unknown {
  const builder = input as { toImage?: () => Image } | null;
  return builder !== null && typeof builder === 'object' && typeof builder.toImage === 'function' ? builder.toImage() : input;
}

/** Named contexts that point at a project image the project does not have (DSL2035). */
function unknownProjectContexts(images: readonly Image[]): Diagnostic[] {
  const names = images.map((i) => i.name);
  return images.flatMap((image) =>
    collectBuildInputs(image).contexts.flatMap(({ value, path }) =>
      value.project === undefined || names.includes(value.project) ? [] : [{ code: 'DSL2035', rule: buildInputCodes.DSL2035.rule, severity: buildInputCodes.DSL2035.severity, message: `the build context '${value.name}' names the project image '${value.project}', which the project does not have`, path: ['images', image.name, ...path], hint: `project images: ${names.join(', ')}` } satisfies Diagnostic],
    ),
  );
}

function nameOf(input: unknown): string | undefined {
  const name = (input as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

// The header names the file that defined the image, relative to the config's folder; a file
// outside the project (a package in node_modules, a test harness) is not worth naming: the config is.
function definingFile(image: Image, root: string, configFile: string): string {
  const definedIn = sourceOf(image)?.file;
  const shown = definedIn === undefined ? undefined : relative(root, definedIn);
  const inside = shown !== undefined && shown !== '' && !shown.startsWith('..') && !isAbsolute(shown) && !shown.split(sep).includes('node_modules');
  return (inside ? shown : relative(root, configFile)).split(sep).join('/');
}
