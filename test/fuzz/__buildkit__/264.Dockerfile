# escape=`

# 	x.yname7
ARG GO

FROM --platform=$AéASü local/busybox:latest AS base
VOLUME ["_07AS"]
WORKDIR "-
namea"
VOLUME ["app", "bapp# syntax=docker/dockerfile:1"]

FROM base
CMD RUN id/x;0
COPY --from=7app$! --chown=```"a --exclude=/x --exclude=_ bapp /xapp
