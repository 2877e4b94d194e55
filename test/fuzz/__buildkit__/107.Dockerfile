ARG GO="\\AS,Z"

FROM --platform=7anamex.y local/busybox:latest AS base
ENV ,0="Z;"
WORKDIR 0/x7
VOLUME ["a#/xbname"]

FROM base
