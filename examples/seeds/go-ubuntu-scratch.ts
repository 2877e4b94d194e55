import { image, stage } from '@dockerdsl/core';

/** Options of the Go-on-Ubuntu → scratch build. */
export interface GoUbuntuScratchOptions {
  /** A Debian-family image where `apt-get install golang-go` works. */
  buildBase?: string;
}

/**
 * Installs Go from the distribution, builds a static binary (no cgo, no modules) and ships
 * only that binary on `scratch`.
 *
 * @example
 * toDockerfile(goUbuntuScratch({ buildBase: 'debian:bookworm' }));
 */
export function goUbuntuScratch({ buildBase = 'ubuntu' }: GoUbuntuScratchOptions = {}) {
  const build = stage('build', { from: buildBase })
    .run('apt-get update && apt-get install -y golang-go')
    .env({ GO111MODULE: 'off' })
    .copy('.', '.')
    .run('CGO_ENABLED=0 go build -o /app .');
  const final = stage({ from: 'scratch', comment: 'Here starts the magic of multi-stage builds: only the binary ships' })
    .copyFrom(build, '/app', '/app')
    .entrypoint(['/app']);
  return image('go-ubuntu-scratch', { stages: [final] });
}
