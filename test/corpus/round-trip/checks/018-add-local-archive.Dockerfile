FROM alpine:3.20
ADD rootfs.tar.gz /
USER nobody
