import { describe, expect, it } from 'vitest';
import { importSources } from '../../packages/cli/src/codegen/index.js';

const api = `# syntax=docker/dockerfile:1.7
# API service
# (two stages)

ARG GO_VERSION=1.22
# build with the toolchain
FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION} AS build
WORKDIR /src
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=bind,source=go.sum,target=go.sum go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /out/api ./cmd/api && \\
    /out/api --version && \\
    echo "built"
RUN <<EOF
set -eux
echo "\${GO_VERSION}" > /out/VERSION
EOF

FROM gcr-mirror.example/distroless/static:nonroot AS runtime
COPY --from=build --chmod=0755 /out/api /api
COPY --from=busybox:1.36 /bin/busybox /busybox
HEALTHCHECK --interval=10s CMD ["/api", "health"]
USER 65532:65532
ENTRYPOINT ["/api"]
CMD exec /api serve --port "$PORT"
# end of runtime
`;

const worker = `FROM python:3.12-slim
MAINTAINER ops@example.com
ENV PYTHONUNBUFFERED=1 APP_HOME=/srv
ONBUILD COPY . /srv
EXPOSE 8000 9000/udp
LABEL org.opencontainers.image.title="worker"
STOPSIGNAL SIGINT
CMD ["python", "-m", "worker"]
`;

describe('dsl import output', () => {
  it('writes idiomatic, formatted TypeScript for two Dockerfiles in one module', async () => {
    const { text, diagnostics } = importSources([
      { file: 'services/api.Dockerfile', text: api },
      { file: 'services/worker/Dockerfile', text: worker },
    ]);
    expect(diagnostics).toEqual([]);
    await expect(text).toMatchFileSnapshot('./__golden__/api-and-worker.ts.txt');
  });

  it('writes nothing when a file has errors, and reports them with positions', () => {
    const { text, diagnostics } = importSources([{ file: 'bad.Dockerfile', text: 'FROM a\nCOPY --form=x a b\n' }]);
    expect(text).toBe('');
    expect(diagnostics.map((d) => [d.code, d.source?.file, d.source?.line, d.source?.column])).toEqual([['DSL5005', 'bad.Dockerfile', 2, 6]]);
  });
});
