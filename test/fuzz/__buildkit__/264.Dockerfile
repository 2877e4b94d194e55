# escape=`

ARG GO

FROM --platform=linux/amd64 local/busybox:latest AS base
HEALTHCHECK --interval=30s --retries=3 CMD Z0/x
VOLUME ["namea7ZZ", "${A}éappZ x.y"]

FROM base
