# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS base
ENV x=""

FROM base
