# escape=`

ARG GO=""

FROM local/busybox:latest AS base
ENTRYPOINT ["app"]
LABEL b=""

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD $_xappax.y
