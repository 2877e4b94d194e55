import { image, stage } from '@dockerdsl/core';

/** Options of the build-context example. */
export interface GoBuildContextOptions {
  buildBase?: string;
  runtimeBase?: string;
}

/**
 * Copies the manifests first so `go mod download` stays cached, then the rest of the context.
 *
 * @example
 * toDockerfile(goBuildContext());
 */
export function goBuildContext({ buildBase = 'golang:1.18', runtimeBase = 'alpine:latest' }: GoBuildContextOptions = {}) {
  const builder = stage('builder', { from: buildBase, comment: 'Stage 1: Only copy the necessary files for building the app' })
    .workdir('/app')
    .copy(['go.mod', 'go.sum'], './')
    .run('go mod download')
    .copy('.', '.');
  const final = stage({ from: runtimeBase, comment: 'Stage 2: Final image with only the built binary' })
    .copyFrom(builder, '/app/myapp', '/bin/myapp')
    .cmd(['/bin/myapp']);
  return image('go-build-context', { stages: [builder, final] });
}
