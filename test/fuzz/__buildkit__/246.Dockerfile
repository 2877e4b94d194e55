# escape=`

# 0x.yb
ARG GO="&&_"

FROM --platform=b golang:${GO} AS base
ADD --chown=2 --chmod=0755 --link --unpack=false ["&&Z=", "$_x!a", "x.y/xappZ"]
RUN --security=insecure ["$$x.y", "_0"]

FROM base
RUN --security=insecure --device=b/x*7${HOME:-x y} ["a", "app", "/x$$0"]
