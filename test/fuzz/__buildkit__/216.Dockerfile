# escape=`

ARG GO

FROM --platform=linux/amd64 local/busybox:latest AS base
USER 62
WORKDIR "0Z😀a/x"

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD _0😀a_
