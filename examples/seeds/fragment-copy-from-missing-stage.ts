import { copy, image, stage } from '@dockerdsl/core';

/** Options of the runtime-only fragment. */
export interface FragmentCopyFromMissingStageOptions {
  runtimeBase?: string;
}

/**
 * The runtime half of a two-stage Go build, cut off from its build stage. It copies from
 * `builder` as a plain name, which Docker reads as a stage if there is one and as an image
 * otherwise — here there is none, and the checks say so.
 *
 * @example
 * toDockerfile(fragmentCopyFromMissingStage());
 */
export function fragmentCopyFromMissingStage({ runtimeBase = 'alpine:latest' }: FragmentCopyFromMissingStageOptions = {}) {
  const runtime = stage({ from: runtimeBase, comment: 'Stage 2: Create the runtime image' })
    .run('apk --no-cache add ca-certificates', { comment: 'Install any necessary dependencies for runtime' })
    .step(copy('/go/bin/app', '/usr/local/bin/app', { from: 'builder', comment: 'Copy the Go binary from the builder stage' }))
    .expose(8080)
    .cmd(['app']);
  return image('fragment-copy-from-missing-stage', { stages: [runtime] });
}
