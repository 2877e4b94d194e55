ARG GO

FROM --platform=$BUILDPLATFORM local/busybox:latest AS base
ENV PATH_2="x.y`"
CMD Zname}
USER 23

FROM base
ENV _=""
