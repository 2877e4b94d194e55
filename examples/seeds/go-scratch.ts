import { image, stage } from '@dockerdsl/core';

/** Options of the Go → scratch build. */
export interface GoScratchOptions {
  buildBase?: string;
}

/**
 * The shortest multi-stage Go build: the final stage is unnamed and only holds the binary.
 *
 * @example
 * toDockerfile(goScratch());
 */
export function goScratch({ buildBase = 'golang:1.18' }: GoScratchOptions = {}) {
  const builder = stage('builder', { from: buildBase }).workdir('/go/src/app').copy('.', '.').run('go build -o /go/bin/app');
  const final = stage({ from: 'scratch' }).copyFrom(builder, '/go/bin/app', '/app').cmd(['/app']);
  return image('go-scratch', { stages: [builder, final] });
}
