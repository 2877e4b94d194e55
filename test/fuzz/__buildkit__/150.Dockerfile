# 00
ARG GO=x.y

FROM --platform=x.y local/busybox:latest AS base
ENV PATH_2="app😀ü\"*" A=@
USER 0:Z

FROM base
RUN --mount=type=cache,target=nameZapp_,sharing=private,uid=-1,gid=9112 --mount=type=bind,target=a/x,from=Base --network=host --device=/xaapp: ["{_,\ud800", "7x.yZ"]
