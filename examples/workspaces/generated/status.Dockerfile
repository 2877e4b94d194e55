# build downloads the modules first (cached until go.mod/go.sum change), then builds one static binary.
FROM local/debian:bookworm AS build
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates golang-go \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
ENV CGO_ENABLED=0 GOCACHE=/root/.cache/go-build GOMODCACHE=/go/pkg/mod
COPY go.mod ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -trimpath '-ldflags=-s -w' -o /out/status .

# runtime is what runs: the binary alone on a minimal base, as a non-root user.
FROM scratch AS runtime
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/status /usr/local/bin/status
USER 10001:10001
EXPOSE 8081
HEALTHCHECK --interval=2s --timeout=2s --start-period=10s --start-interval=1s --retries=3 CMD ["/usr/local/bin/status", "-healthcheck"]
ENTRYPOINT ["/usr/local/bin/status"]
