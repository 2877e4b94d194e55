# _x.yb'
ARG GO==/x

FROM local/busybox:latest AS base
EXPOSE 21057 7Z ${P:-80}

FROM base
