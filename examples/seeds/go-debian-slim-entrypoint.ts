import { image, stage } from '@dockerdsl/core';

/** Options of the Go → Debian slim build. */
export interface GoDebianSlimEntrypointOptions {
  buildBase?: string;
  runtimeBase?: string;
}

/**
 * A Go server built in one stage and run as the ENTRYPOINT of a slim Debian image.
 *
 * @example
 * toDockerfile(goDebianSlimEntrypoint());
 */
export function goDebianSlimEntrypoint({ buildBase = 'golang:1.22', runtimeBase = 'debian:bookworm-slim' }: GoDebianSlimEntrypointOptions = {}) {
  const builder = stage('builder', { from: buildBase, comment: 'Build stage' }).workdir('/app').copy('.', '.').run('go build -o server .');
  const runtime = stage({ from: runtimeBase, comment: 'Runtime stage' }).copyFrom(builder, '/app/server', '/server').entrypoint(['/server']);
  return image('go-debian-slim-entrypoint', { stages: [runtime] });
}
