# escape=`

# 7RUN id$_x
ARG GO=""

FROM --platform=linux/amd64 local/busybox:latest AS base
USER 55
ADD --chown=-appapp --checksum=```" --unpack=false ["ünamename", ",/x"]
HEALTHCHECK --interval=30s --retries=3 CMD x.y<<-"X"<<EOF7AS

FROM base
RUN --network=host --security=insecure --device=0 ["", "", "_;\udc00x="]
