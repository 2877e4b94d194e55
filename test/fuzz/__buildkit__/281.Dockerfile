ARG GO

FROM --platform=Zname local/busybox:latest AS base
CMD x.yZ_RUN id
HEALTHCHECK --interval=30s --retries=3 CMD .bx.y

FROM base
