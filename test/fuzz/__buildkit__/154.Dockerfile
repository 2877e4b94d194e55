# escape=`

ARG GO="/xa!/x"

FROM golang:${GO} AS base
HEALTHCHECK --interval=30s --retries=3 CMD ["", "_x.y0x.y", "_"]

FROM base
