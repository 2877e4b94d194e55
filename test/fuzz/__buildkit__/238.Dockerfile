# escape=`

# 0$HOME&&"
ARG GO

FROM --platform=app Z/ local/busybox:latest AS base
WORKDIR a/x7appa
ENTRYPOINT b;
EXPOSE 80/tcp /x _x.y7

FROM base
