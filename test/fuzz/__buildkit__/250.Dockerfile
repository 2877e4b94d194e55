# escape=`

ARG GO

FROM --platform=00 local/busybox:latest AS base
WORKDIR "<<EOF"

FROM base
