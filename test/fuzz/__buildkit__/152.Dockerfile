# /x
ARG GO="Zx.y\"app"

FROM --platform=linux/amd64 golang:${GO} AS base
VOLUME ["_Z["]

FROM base
CMD name${HOME}app
CMD ["0/x", "😀a", "_app"]
