# escape=`

# /
ARG GO

FROM --platform=linux/amd64 local/busybox:latest AS base
ENTRYPOINT 7/x
STOPSIGNAL SIGTERM
USER 81

FROM base
SHELL ["*name_07"]
LABEL Z/x/xx.yZ="a0x.y# escape=``"
