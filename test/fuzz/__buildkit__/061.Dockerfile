# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
USER 5:nameapp
COPY --from=/x ["\u000b", "name/xapp--"]

FROM base
