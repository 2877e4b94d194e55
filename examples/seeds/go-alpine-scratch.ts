import { image, stage } from '@dockerdsl/core';

/** Options of the Go-on-Alpine → scratch build. */
export interface GoAlpineScratchOptions {
  buildBase?: string;
}

/**
 * Builds on Alpine's Go image and ships only the binary on `scratch`.
 *
 * @example
 * toDockerfile(goAlpineScratch());
 */
export function goAlpineScratch({ buildBase = 'golang:1.18-alpine' }: GoAlpineScratchOptions = {}) {
  const build = stage('build', { from: buildBase, comment: 'Build stage' }).workdir('/app').copy('.', '.').run('go build -o main');
  const final = stage({ from: 'scratch', comment: 'Final stage' }).copyFrom(build, '/app/main', '.').cmd(['/main']);
  return image('go-alpine-scratch', { stages: [final] });
}
