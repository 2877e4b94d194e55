# escape=`

# aba\
#
ARG GO

FROM local/busybox:latest AS base
ENTRYPOINT Zx.yü

FROM base
USER 0${HOME}:74
ENTRYPOINT  *7
