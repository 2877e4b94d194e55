// The image both the synth and the check benchmarks compile 1,000 times: a Go service in three
// stages (build with cache and secret mounts, test FROM build, distroless runtime), 27
// instructions with quoting, an inline heredoc file, a HEALTHCHECK and exec-form commands.

/**
 * Defines service image number `i` with the given copy of `@dockerdsl/core`.
 *
 * @example
 * const images = Array.from({ length: 1000 }, (_, i) => defineServiceImage(core, i));
 */
export function defineServiceImage(core, i) {
  const { buildSecret, cache, image, secret, stage } = core;
  // Declared, as a real image declares its build secrets: an undeclared mount is a warning
  // (DSL2030), and a warning on every image would measure diagnostics, not synth.
  const netrc = buildSecret('netrc', { file: './netrc' });
  const build = stage('build', { from: `golang:1.${20 + (i % 4)}-bookworm` })
    .arg('VERSION', `1.${i}.0`)
    .env({ CGO_ENABLED: '0', GOFLAGS: '-mod=readonly', APP_NAME: `service ${i}` })
    .workdir('/src')
    .copy(['go.mod', 'go.sum'], './')
    .run('go mod download', { mounts: [cache('/go/pkg/mod', { sharing: 'locked' })] })
    .copy('.', '.')
    .run(`go build -trimpath -ldflags "-s -w -X main.version=$VERSION" -o /out/app-${i} ./cmd/app && go vet ./... && echo built`, {
      mounts: [cache('/root/.cache/go-build'), secret(netrc, { target: '/root/.netrc' })],
    })
    .label({ 'org.opencontainers.image.source': `https://example.com/team/service-${i}`, stage: 'build' });
  const test = stage('test', { from: build })
    .env({ GOTEST_FLAGS: '-race -count=1' })
    .run('go test ./...', { network: 'none' })
    .run('echo "tests done" > /tmp/ok');
  const runtime = stage('runtime', { from: 'gcr.io/distroless/static-debian12:nonroot' })
    .copyFrom(build, `/out/app-${i}`, '/app', { chown: '65532:65532', chmod: '0555', link: true })
    .copyFrom(test, '/tmp/ok', '/tmp/ok')
    .copy([{ heredoc: { body: `listen: 0.0.0.0:${8000 + (i % 1000)}\nlog: json` } }], '/etc/app/config.yaml')
    .env({ PORT: String(8000 + (i % 1000)), LOG_LEVEL: 'info', GREETING: 'hello "world" $5' })
    .label({ 'org.opencontainers.image.title': `service-${i}`, 'org.opencontainers.image.version': `1.${i}.0`, team: 'platform' })
    .user(65532, 65532)
    .workdir('/')
    .expose([8000 + (i % 1000), '9090/tcp'])
    .volume('/data')
    .healthcheck(['/app', 'healthcheck'], { interval: '30s', timeout: '3s', retries: 3 })
    .stopsignal('SIGTERM')
    .entrypoint(['/app'])
    .cmd(['serve', '--port', String(8000 + (i % 1000))]);
  return image(`service-${i}`, { stages: [runtime], tags: [`acme/service-${i}:dev`], comment: `service ${i}` });
}
