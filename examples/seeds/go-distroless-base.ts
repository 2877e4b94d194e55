import { image, stage } from '@dockerdsl/core';

/** Options of the Go → distroless build. */
export interface GoDistrolessBaseOptions {
  buildBase?: string;
  runtimeBase?: string;
}

/**
 * A Go application built with cached module downloads, shipped on a distroless base.
 *
 * @example
 * toDockerfile(goDistrolessBase());
 */
export function goDistrolessBase({ buildBase = 'golang:1.20', runtimeBase = 'gcr.io/distroless/base-debian10' }: GoDistrolessBaseOptions = {}) {
  const build = stage('build', { from: buildBase, comment: 'Stage 1: Build the application' })
    .workdir('/app')
    .copy(['go.mod', 'go.sum'], './', { comment: 'Copy go.mod and go.sum files for dependency management' })
    .run('go mod download')
    .copy('.', './')
    .run('go build -o myapp .');
  const production = stage({ from: runtimeBase, comment: 'Stage 2: Create a smaller production image' })
    .copyFrom(build, '/app/myapp', '/')
    .cmd(['/myapp']);
  return image('go-distroless-base', { stages: [build, production] });
}
