# 0<<EOF ${HOME}name
ARG GO

FROM local/busybox:latest AS base
EXPOSE b${😀 $Pé
ENTRYPOINT name

FROM base
