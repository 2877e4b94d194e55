import { image, stage } from '@dockerdsl/core';
import { settings } from './settings.js';

const build = stage('build', { from: settings.goBase, ignore: { DSL3020: 'the Debian fallback takes the Go its archive has' } })
  // The golang images ship Go; a plain Debian base (the default of a mirror-only machine)
  // installs it from the archive.
  .run('command -v go >/dev/null 2>&1 || (apt-get update && apt-get install -y --no-install-recommends golang-go)')
  .workdir('/src')
  .copy(['go.mod', 'main.go'], './')
  .env({ CGO_ENABLED: '0', GOFLAGS: '-trimpath' })
  .run('go build -ldflags="-s -w" -o /out/api .');

const runtime = stage('runtime', { from: 'scratch' })
  .copyFrom(build, '/out/api', '/api')
  .env({ PORT: '8080' })
  .user(65532)
  .expose(8080)
  .healthcheck(['/api', '-healthcheck'], { interval: '2s', timeout: '2s', retries: 3 })
  .entrypoint(['/api']);

/** A Go HTTP API on scratch: the final image holds only the binary. */
export const api = image('api', {
  stages: [build, runtime],
  context: 'api',
  tags: [`${settings.tagPrefix}/api:dev`],
  dockerignore: ['*', '!go.mod', '!main.go'],
});
