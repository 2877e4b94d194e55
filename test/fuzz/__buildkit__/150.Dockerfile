# escape=`

ARG GO=/x

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
RUN --security=insecure x.y
RUN --network=none b_Z

FROM base
