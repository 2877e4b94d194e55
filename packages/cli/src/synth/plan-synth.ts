import { dirname, join, resolve } from 'node:path';
import { compileImage, hasErrors, type Diagnostic, type DslConfig, type Image, type ImageInput } from '@dockerdsl/core';
import { bakeFile, type BakeImage } from './bake-file.js';
import { imageDependencies } from './image-deps.js';
import { manifestName, manifestText } from './manifest.js';

/** A file synth writes, relative to the output folder. */
export interface PlannedFile {
  path: string;
  content: string;
}

/** What synth would write for a config, and what it found on the way. */
export interface SynthPlan {
  /** The folder holding the config: contexts are relative to it. */
  root: string;
  /** Absolute output folder. */
  outDir: string;
  files: PlannedFile[];
  images: BakeImage[];
  diagnostics: Diagnostic[];
  ok: boolean;
}

/** Options of `planSynth`. */
export interface PlanOptions {
  /** Output folder, relative to `cwd` (default: the config's `outDir`, else `.dsl/out` next to the config). */
  outDir?: string;
  cwd?: string;
}

/**
 * Compiles every image of a config and lays out the files synth writes: `<name>.Dockerfile`,
 * `<name>.Dockerfile.dockerignore` where the image declares ignores, `docker-bake.json` and the
 * manifest — in memory, nothing is written. Errors in any image make `ok` false.
 *
 * @example
 * const plan = planSynth(config, '/repo/dsl.config.ts');
 * if (plan.ok) writeSynth(plan);
 */
export function planSynth(config: DslConfig, configFile: string, options: PlanOptions = {}): SynthPlan {
  const root = dirname(configFile);
  const outDir = options.outDir !== undefined ? resolve(options.cwd ?? process.cwd(), options.outDir) : resolve(root, config.outDir ?? '.dsl/out');
  const diagnostics: Diagnostic[] = [];
  const compiled: { image: Image; dockerfile: string; target?: string }[] = [];
  const seen = new Set<string>();
  config.images.forEach((input, index) => {
    const result = compileImage(plainImage(input), { path: ['images', nameOf(input) ?? index] });
    diagnostics.push(...result.diagnostics);
    if (!result.ok) return;
    if (seen.has(result.image.name)) {
      diagnostics.push({ code: 'DSL2010', rule: 'DuplicateImageName', severity: 'error', message: `two images are named '${result.image.name}'; each names its own Dockerfile`, path: ['images', index, 'name'] });
      return;
    }
    seen.add(result.image.name);
    const lastStage = result.resolved.stages.at(-1);
    const target = result.image.target ?? (result.resolved.target !== lastStage ? result.resolved.target.name : undefined);
    compiled.push({ image: result.image, dockerfile: result.dockerfile, ...(target ? { target } : {}) });
  });
  const deps = imageDependencies(compiled.map((c) => c.image));
  const images: BakeImage[] = compiled.map((c) => ({ image: c.image, dockerfile: join(outDir, `${c.image.name}.Dockerfile`), ...(c.target ? { target: c.target } : {}), dependsOn: deps.get(c.image.name) ?? [] }));
  const files: PlannedFile[] = [];
  for (const c of compiled) {
    files.push({ path: `${c.image.name}.Dockerfile`, content: c.dockerfile });
    if (c.image.dockerignore) files.push({ path: `${c.image.name}.Dockerfile.dockerignore`, content: c.image.dockerignore.map((l) => `${l}\n`).join('') });
  }
  if (images.length > 0) files.push({ path: 'docker-bake.json', content: bakeFile(images, root) });
  files.sort((a, b) => a.path.localeCompare(b.path));
  files.push({ path: manifestName, content: manifestText(files.map((f) => f.path)) });
  return { root, outDir, files, images, diagnostics, ok: !hasErrors(diagnostics) };
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

function nameOf(input: unknown): string | undefined {
  const name = (input as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : undefined;
}
