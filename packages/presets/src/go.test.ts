import { describe, expect, it } from 'vitest';
import { DslError, toDockerfile } from '@dockerdsl/core';
import { goApp } from './go.js';

const text = (options: Parameters<typeof goApp>[0]) => toDockerfile(goApp(options).image());

describe('goApp', () => {
  it('downloads modules from the manifests before copying the sources, with module and build caches', () => {
    const out = text({ name: 'api' });
    expect(out.indexOf('COPY go.mod go.sum ./')).toBeLessThan(out.indexOf('COPY . .'));
    expect(out).toContain('RUN --mount=type=cache,target=/go/pkg/mod go mod download');
    expect(out).toContain("--mount=type=cache,target=/root/.cache/go-build go build -trimpath '-ldflags=-s -w' -o /out/api .");
  });

  it('builds a static binary onto scratch with the CA bundle, as a numeric user', () => {
    const out = text({ name: 'api' });
    expect(out).toContain('CGO_ENABLED=0');
    expect(out).toContain('FROM scratch AS runtime');
    expect(out).toContain('COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt');
    expect(out).toContain('USER 10001:10001');
    expect(out).toMatch(/ENTRYPOINT \["\/usr\/local\/bin\/api"\]\n$/);
  });

  it('takes the package, binary, tags, cgo and runtime base as parameters', () => {
    const out = text({ name: 'api', package: './cmd/server', binary: 'server', buildTags: ['netgo', 'osusergo'], cgo: true, ldflags: [], runtimeImage: 'distroless/static:nonroot', caCertificates: false, args: ['--listen', ':9000'] });
    expect(out).toContain('go build -trimpath -tags=netgo,osusergo -o /out/server ./cmd/server');
    expect(out).toContain('CGO_ENABLED=1');
    expect(out).toContain('FROM distroless/static:nonroot AS runtime');
    expect(out).not.toContain('ca-certificates');
    expect(out).toContain('CMD ["--listen", ":9000"]');
  });

  it('rejects a binary name that is a path', () => {
    expect(() => goApp({ name: 'api', binary: '../etc/passwd' })).toThrow(DslError);
  });
});
