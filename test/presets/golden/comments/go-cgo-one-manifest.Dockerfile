# build downloads the modules first (cached until go.mod changes), then builds the main package into one binary linked with cgo.
FROM golang:1.23-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=1 GOCACHE=/root/.cache/go-build GOMODCACHE=/go/pkg/mod
COPY go.mod ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -trimpath '-ldflags=-s -w' -o /out/api .

# runtime is what runs: the binary from build, and ca-certificates and libsqlite3-0 from apt, as a non-root user.
FROM debian:bookworm-slim AS runtime
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update\
 && apt-get install -y --no-install-recommends ca-certificates libsqlite3-0\
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/api /usr/local/bin/api
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/api"]
