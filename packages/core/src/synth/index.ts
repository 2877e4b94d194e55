/**
 * Synth: a whole project — a config's images and Compose stacks — to the files `dsl synth`
 * writes, in memory. `synthProject` is the pipeline; the rest are the pieces the CLI and
 * tools reuse (the bake file, image dependencies, the manifest text, the output names).
 *
 * @example
 * import { synthProject } from '@dockerdsl/core';
 * const { files, diagnostics, ok } = synthProject(config, { configFile: '/repo/dsl.config.ts' });
 */
export { synthProject, synthOutDir, manifestConfigPath, type SynthOptions, type SynthResult } from './synth-project.js';
export type { SynthFile } from './synth-files.js';
export { plainImage } from './compile-project.js';
export { bakeFile, resolveContext, supplyChainEntry, type BakeImage } from './bake-file.js';
export { externalReferences, imageDependencies, imageTags } from './image-deps.js';
export { projectTags } from './project-tags.js';
export { lockProject, type SynthLock } from './lock-project.js';
export { pinPushedImages, sameReference, type PushedImage } from './pin-pushed.js';
export { contentHash, manifestText } from './manifest-text.js';
export { buildFilePrefix, isPlainName, manifestName, outputLockName } from './output-names.js';
export { compareCodeUnits } from './code-unit-order.js';
export { withHeader } from './dockerfile-header.js';
export { errorSummary, synthCodes } from './synth-codes.js';
