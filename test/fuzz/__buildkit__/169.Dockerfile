ARG GO

FROM local/busybox:latest AS base
WORKDIR 7
MAINTAINER nameapp
USER "!\\RUN idx.y"

FROM base
USER b7app
