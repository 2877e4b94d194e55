ARG GO=/x

FROM --platform=#x.ybname golang:${GO} AS base
COPY --chown=0 --chmod=7\\$5 --link=false --exclude=--mount=type=bind@$$ --exclude=/x_b --parents=false ["a", "\\$\\$\\$77/x", "x.y0app"]
ENV x="RUN idname*appb" PATH_2="&&x.y"

FROM base
