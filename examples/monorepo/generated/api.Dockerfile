# build downloads the modules first (cached until go.mod/go.sum change), then builds one static binary.
FROM golang:1.23-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOCACHE=/root/.cache/go-build GOMODCACHE=/go/pkg/mod
COPY go.mod ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -trimpath '-ldflags=-s -w' -o /out/api .

# test runs the unit tests against the build stage.
FROM build AS test
RUN go vet ./... && go test ./...

# runtime is what runs: the binary alone on a minimal base, as a non-root user.
FROM scratch AS runtime
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
COPY --from=build /out/api /usr/local/bin/api
LABEL org.opencontainers.image.vendor=Acme org.opencontainers.image.title=api org.opencontainers.image.version=dev com.acme.team=payments
USER 10101:10101
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --start-interval=1s --retries=3 CMD ["/usr/local/bin/api", "-healthcheck"]
ENTRYPOINT ["/usr/local/bin/api"]
