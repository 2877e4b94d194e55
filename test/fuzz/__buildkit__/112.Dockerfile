# escape=`

ARG GO

FROM --platform=linux/amd64 golang:${GO} AS base
CMD --mount=type=bind!namex.ya

FROM base
CMD x.y\7name
RUN --network=host --security=insecure _0
