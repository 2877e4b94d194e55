import { image, stage } from '@dockerdsl/core';

/** Options of the Go build with an Alpine runtime. */
export interface GoAlpineRuntimeOptions {
  buildBase?: string;
  runtimeBase?: string;
}

/**
 * Go modules downloaded in their own layer, the binary built, then shipped on Alpine.
 *
 * @example
 * toDockerfile(goAlpineRuntime({ buildBase: 'golang:1.22' }));
 */
export function goAlpineRuntime({ buildBase = 'golang:1.18', runtimeBase = 'alpine:latest' }: GoAlpineRuntimeOptions = {}) {
  const builder = stage('builder', { from: buildBase, comment: 'Stage 1: Build the Go binary' })
    .workdir('/go/src/app')
    .copy(['go.mod', 'go.sum'], './', { comment: 'Copy the Go Modules manifests' })
    .run('go mod download', { comment: 'Download all dependencies; cached while go.mod and go.sum are unchanged' })
    .copy('.', '.')
    .run('go build -o /go/bin/app');
  const runtime = stage({ from: runtimeBase, comment: 'Stage 2: Create the runtime image' })
    .run('apk --no-cache add ca-certificates')
    .copyFrom(builder, '/go/bin/app', '/usr/local/bin/app')
    .expose(8080)
    .cmd(['app']);
  return image('go-alpine-runtime', { stages: [builder, runtime] });
}
