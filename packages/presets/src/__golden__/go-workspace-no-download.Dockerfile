# build copies the go.mod file of example.com/app/lib, drops the other modules from go.work, then adds its sources and builds one static binary.
FROM golang:1.23-bookworm AS build
WORKDIR /src
ENV CGO_ENABLED=0 GOCACHE=/root/.cache/go-build GOMODCACHE=/go/pkg/mod
COPY go.work go.work.sum ./
COPY lib/go.mod lib/
RUN go work edit -dropuse=./api -dropuse=./other
COPY lib lib
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -trimpath '-ldflags=-s -w' -o /out/lib ./lib

# runtime is what runs: the binary from build alone, as a non-root user.
FROM scratch AS runtime
COPY --from=build /out/lib /usr/local/bin/lib
USER 10001:10001
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/lib"]
