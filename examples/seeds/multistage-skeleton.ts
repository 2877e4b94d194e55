import { image, stage } from '@dockerdsl/core';

/** Options of the multi-stage skeleton; its defaults are the notes' placeholders. */
export interface MultistageSkeletonOptions {
  buildBase?: string;
  runtimeBase?: string;
}

/**
 * The shape of every multi-stage build: build in one stage, copy the result into another.
 *
 * @example
 * toDockerfile(multistageSkeleton({ buildBase: 'node:22', runtimeBase: 'node:22-slim' }));
 */
export function multistageSkeleton({ buildBase = 'build-image', runtimeBase = 'runtime-image' }: MultistageSkeletonOptions = {}) {
  const build = stage('build', { from: buildBase, comment: 'Stage 1: Build Stage' })
    .run('install dependencies', { comment: 'Install dependencies and build application' })
    .copy('.', '/app')
    .workdir('/app')
    .run('build command');
  const final = stage({ from: runtimeBase, comment: 'Stage 2: Final Image' }).copyFrom(build, '/app', '/app').cmd(['app command']);
  return image('multistage-skeleton', { stages: [final] });
}
