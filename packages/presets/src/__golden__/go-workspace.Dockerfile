# build copies the go.mod files of the 2 modules example.com/app/api is built from, drops the other modules from go.work, downloads the modules from outside the workspace (cached until a go.mod or go.sum changes), then adds their sources and builds one static binary.
FROM golang:1.23-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOCACHE=/root/.cache/go-build GOMODCACHE=/go/pkg/mod
COPY go.work go.work.sum ./
COPY lib/go.mod lib/
COPY api/go.mod api/go.sum api/
RUN go work edit -dropuse=./other
RUN --mount=type=cache,target=/go/pkg/mod go mod download golang.org/x/text@v0.14.0
COPY lib lib
COPY api api
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -trimpath '-ldflags=-s -w' -o /out/api ./api/cmd/api

# runtime is what runs: the binary and the CA certificates from build, as a non-root user.
FROM scratch AS runtime
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/api /usr/local/bin/api
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/api"]
