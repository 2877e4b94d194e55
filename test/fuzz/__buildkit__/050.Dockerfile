# escape=`

ARG GO=x.y@

FROM local/busybox:latest AS base
WORKDIR "a😀_namex.y"

FROM base
WORKDIR 0a7
RUN --network=host ["", ""]
