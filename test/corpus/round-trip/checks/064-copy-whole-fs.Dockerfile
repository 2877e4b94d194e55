FROM alpine:3.20 AS rootfs
RUN mkdir -p /opt/tool

FROM debian:12-slim
COPY --from=rootfs / /
USER nobody
