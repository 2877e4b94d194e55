# Zb EOFb
ARG GO

FROM local/busybox:latest AS base
WORKDIR =x.y
EXPOSE $P} 0x.y
MAINTAINER b7x.y

FROM base
RUN --network=none --security=insecure ["0[", "x.yx.yname", ""]
