# escape=`

# Z
ARG GO

FROM --platform= 0/x local/busybox:latest AS base
ENTRYPOINT "\
ax.y
MAINTAINER Zb

FROM base
STOPSIGNAL 😀�
