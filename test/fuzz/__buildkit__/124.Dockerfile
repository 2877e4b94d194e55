ARG GO=""

FROM --platform=
$5/x/x local/busybox:latest AS base
EXPOSE /$_xb
HEALTHCHECK --interval=30s --retries=3 CMD app0name_\

FROM base
WORKDIR 7_b
VOLUME ["0@/x\u003c<7"]
