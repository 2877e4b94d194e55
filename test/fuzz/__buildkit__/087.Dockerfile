# escape=`

ARG GO="x.yx.y　nameZ"

FROM local/busybox:latest AS base
ENTRYPOINT -&&_b

FROM base
ENTRYPOINT ["AS"]
