# escape=`

ARG GO

FROM local/busybox:latest AS base
MAINTAINER a
USER 19:96

FROM base
