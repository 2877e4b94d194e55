/**
 * Typed twins of the seed Dockerfiles, by seed name. Each factory takes its base images as
 * parameters (defaulting to the seed's own) and returns an image for `toDockerfile`.
 *
 * @example
 * import { seeds } from '@dockerdsl/example-seeds';
 * toDockerfile(seeds['go-scratch']());
 */
import { entrypointCmdHello } from './entrypoint-cmd-hello.js';
import { fragmentCopyFromMissingStage } from './fragment-copy-from-missing-stage.js';
import { goAlpineRuntime } from './go-alpine-runtime.js';
import { goAlpineScratch } from './go-alpine-scratch.js';
import { goBuildContext } from './go-build-context.js';
import { goDebianSlimEntrypoint } from './go-debian-slim-entrypoint.js';
import { goDistrolessBase } from './go-distroless-base.js';
import { goScratch } from './go-scratch.js';
import { goUbuntuScratch } from './go-ubuntu-scratch.js';
import { instructionsTour } from './instructions-tour.js';
import { multistageSkeleton } from './multistage-skeleton.js';
import { nodeNamedStages } from './node-named-stages.js';
import { pythonBuildAssets } from './python-build-assets.js';
import { pythonDistrolessSingle } from './python-distroless-single.js';
import { pythonDistroless } from './python-distroless.js';
import { pythonExpose } from './python-expose.js';
import { pythonSingleStageLabels } from './python-single-stage-labels.js';
import { pythonSlimRuntime } from './python-slim-runtime.js';
import { ubuntuBuilderDistrolessPlaceholders } from './ubuntu-builder-distroless-placeholders.js';

export {
  entrypointCmdHello, fragmentCopyFromMissingStage, goAlpineRuntime, goAlpineScratch, goBuildContext, goDebianSlimEntrypoint,
  goDistrolessBase, goScratch, goUbuntuScratch, instructionsTour, multistageSkeleton, nodeNamedStages, pythonBuildAssets,
  pythonDistrolessSingle, pythonDistroless, pythonExpose, pythonSingleStageLabels, pythonSlimRuntime, ubuntuBuilderDistrolessPlaceholders,
};

/** Every seed twin with its default bases, by the seed's file name (without `.Dockerfile`). */
export const seeds = {
  'entrypoint-cmd-hello': () => entrypointCmdHello(),
  'fragment-copy-from-missing-stage': () => fragmentCopyFromMissingStage(),
  'go-alpine-runtime': () => goAlpineRuntime(),
  'go-alpine-scratch': () => goAlpineScratch(),
  'go-build-context': () => goBuildContext(),
  'go-debian-slim-entrypoint': () => goDebianSlimEntrypoint(),
  'go-distroless-base': () => goDistrolessBase(),
  'go-scratch': () => goScratch(),
  'go-ubuntu-scratch': () => goUbuntuScratch(),
  'instructions-tour': () => instructionsTour(),
  'multistage-skeleton': () => multistageSkeleton(),
  'node-named-stages': () => nodeNamedStages(),
  'python-build-assets': () => pythonBuildAssets(),
  'python-distroless-single': () => pythonDistrolessSingle(),
  'python-distroless': () => pythonDistroless(),
  'python-expose': () => pythonExpose(),
  'python-single-stage-labels': () => pythonSingleStageLabels(),
  'python-slim-runtime': () => pythonSlimRuntime(),
  'ubuntu-builder-distroless-placeholders': () => ubuntuBuilderDistrolessPlaceholders(),
} as const;
