import { dirname, join, relative, resolve, sep } from 'node:path';
import type { ImageInput } from '../builders/image-builder.js';
import type { DslConfig } from '../config/config.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Image } from '../image/image.js';
import type { BakeImage } from './bake-file.js';
import { compileProjectImages, compileProjectStacks, plainImage } from './compile-project.js';
import { imageDependencies } from './image-deps.js';
import { lockProject, type SynthLock } from './lock-project.js';
import { pinPushedImages, type PushedImage } from './pin-pushed.js';
import { unknownProjectContexts } from './project-contexts.js';
import { projectTags } from './project-tags.js';
import { synthFiles, type SynthFile } from './synth-files.js';

/**
 * Options of `synthProject`.
 *
 * @example
 * const options: SynthOptions = { configFile: '/repo/dsl.config.ts', outDir: '/repo/docker' };
 */
export interface SynthOptions {
  /** The config file (absolute): build contexts are relative to its folder, and the generated files name it. */
  configFile: string;
  /** The output folder: absolute, or relative to the config's folder (default: the config's `outDir`, else `.dsl/out`). */
  outDir?: string;
  /** The lock to pin image references with (`dsl.lock.json`). */
  lock?: SynthLock;
  /** Project images the last `dsl build --push` pushed: Compose services that run them are pinned to the pushed digest. */
  pushed?: Readonly<Record<string, PushedImage>>;
  /**
   * Validates the compiled images against their build contexts on disk (the CLI warns about
   * `COPY` sources missing from the context folder). Synth itself reads no files: whoever
   * calls it decides whether the contexts are there to look at.
   */
  validateContexts?: (images: readonly Image[], root: string) => Diagnostic[];
  /**
   * The earlier name of `validateContexts`; used when that is not given.
   *
   * @deprecated Use `validateContexts`; this option goes in the next release.
   */
  checkContexts?: (images: readonly Image[], root: string) => Diagnostic[];
}

/**
 * What synth produces for a config: the files, in memory, and what it found on the way.
 *
 * @example
 * const result: SynthResult = synthProject(config, { configFile: '/repo/dsl.config.ts' });
 * result.files.map((f) => f.path); // ['api.Dockerfile', 'docker-bake.json', 'dsl-manifest.json']
 */
export interface SynthResult {
  /** The folder holding the config: contexts are relative to it. */
  root: string;
  /** The config file the result comes from. */
  configFile: string;
  /** Absolute output folder the files are laid out for. */
  outDir: string;
  /** Every file to write, relative to `outDir`, the manifest last. */
  files: SynthFile[];
  /** Every image written, as the bake file and `dsl build` see it. */
  images: BakeImage[];
  diagnostics: Diagnostic[];
  /** False when any diagnostic is an error: nothing should be written then. */
  ok: boolean;
}

/**
 * Synthesises a project — a config's images and Compose stacks — into the files `dsl synth`
 * writes: `<name>.Dockerfile` (and `.dockerignore`), each stack's `compose.yaml`,
 * `docker-bake.json` and the manifest, all in memory. The steps, in order: pin references
 * (the last push, then the lock); validate, resolve, check and compile each image once; compile
 * the stacks with those images; check the project as a whole; lay out the files. Never throws
 * on bad input: an error anywhere is a diagnostic and makes `ok` false.
 *
 * @example
 * import { defineConfig, image, stage, synthProject } from '@dockerdsl/core';
 * const api = image('api', { stages: [stage('main', { from: 'busybox:1.36' }).cmd(['true'])] });
 * const result = synthProject(defineConfig({ images: [api] }), { configFile: '/repo/dsl.config.ts' });
 * if (result.ok) for (const file of result.files) console.log(file.path); // api.Dockerfile, docker-bake.json, dsl-manifest.json
 */
export function synthProject(config: DslConfig, options: SynthOptions): SynthResult {
  const { configFile } = options;
  const root = dirname(configFile);
  const outDir = synthOutDir(config, configFile, options.outDir);
  const diagnostics: Diagnostic[] = [];
  // Pin references before anything compiles: what this project pushed last is what its stacks
  // should run, and the lock pins everything else.
  if (options.pushed && config.compose) config = { ...config, compose: pinPushedImages(config.compose, projectTags(config.images.map(plainImage), config.compose), options.pushed) };
  if (options.lock) {
    const locked = lockProject(config.images.map(plainImage), config.compose ?? [], options.lock);
    config = { ...config, images: locked.images as ImageInput[], compose: locked.stacks };
    diagnostics.push(...locked.diagnostics);
  }
  // Validate → resolve → check → compile, each image once; the stacks reuse the results.
  const { images: compiled, results } = compileProjectImages(config, diagnostics);
  const stacks = compileProjectStacks(config, results, { outDir, root }, diagnostics);
  // What only the whole project can tell.
  const images = compiled.map((c) => c.image);
  diagnostics.push(...unknownProjectContexts(images));
  const validateContexts = options.validateContexts ?? options.checkContexts;
  if (validateContexts) diagnostics.push(...validateContexts(images, root));
  // Lay out the files.
  const deps = imageDependencies(images);
  const bake: BakeImage[] = compiled.map((c) => ({ image: c.image, dockerfile: join(outDir, `${c.image.name}.Dockerfile`), ...(c.target ? { target: c.target } : {}), dependsOn: deps.get(c.image.name) ?? [] }));
  const files = synthFiles({ images: compiled, bake, stacks, root, configFile, manifestConfig: manifestConfigPath(outDir, configFile) }, diagnostics);
  return { root, configFile, outDir, files, images: bake, diagnostics, ok: !hasErrors(diagnostics) };
}

/**
 * The absolute output folder: `outDir` when given, else the config's `outDir`, else `.dsl/out`,
 * each relative to the config's folder (an absolute `outDir` stays as it is).
 *
 * @example
 * synthOutDir({ images: [] }, '/repo/dsl.config.ts'); // '/repo/.dsl/out'
 * synthOutDir({ images: [] }, '/repo/dsl.config.ts', '/tmp/out'); // '/tmp/out'
 */
export function synthOutDir(config: Pick<DslConfig, 'outDir'>, configFile: string, outDir?: string): string {
  return resolve(dirname(configFile), outDir ?? config.outDir ?? '.dsl/out');
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
