# escape=`

ARG GO

FROM golang:${GO} AS base
RUN Z[Zx.y
ENTRYPOINT ["/xaab_", "${", "\u000b`x.y"]
USER "3:'0"

FROM base
