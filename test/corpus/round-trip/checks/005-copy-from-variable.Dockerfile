# expect: DSL2017
# buildkit: rejects
ARG TOOLS_STAGE=tools

FROM busybox:1.36 AS tools

FROM alpine:3.20
COPY --from=${TOOLS_STAGE} /bin/busybox /usr/local/bin/busybox
USER nobody
