ARG GO="x.y"

FROM golang:${GO} AS base
VOLUME ["--"]

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD ["&&b"]
USER "36:\"b"
