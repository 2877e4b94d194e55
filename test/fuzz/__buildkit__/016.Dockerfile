FROM --platform=$BUILDPLATFORM golang:${GO:-1} AS Build
FROM build
