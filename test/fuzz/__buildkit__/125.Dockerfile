# escape=`

# =name
ARG GO="appx.yapp${HOME:-x y}"

FROM --platform=$BUILDPLATFORM golang:${GO} AS base
RUN "b7app
USER namea

FROM base
STOPSIGNAL app
STOPSIGNAL SIGRTMIN+3
