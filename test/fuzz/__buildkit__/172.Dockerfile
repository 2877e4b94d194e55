# |
ARG GO

FROM --platform=a_a# escape=` local/busybox:latest AS base
USER b{a:18
STOPSIGNAL 9

FROM base
