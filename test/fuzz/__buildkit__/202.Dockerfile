# Znameapp7/x
ARG GO="bx.y\"\$"

FROM --platform=linux/amd64 golang:${GO} AS base
SHELL ["b_/xb", "\u003c<app-7"]
COPY --from=x.y --chown=bx.y --parents ["x.y\\$!00", "0", "/xa7Z"]

FROM base
ENV PATH_2=_
