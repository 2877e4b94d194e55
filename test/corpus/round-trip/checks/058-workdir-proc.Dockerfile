FROM alpine:3.20
WORKDIR /proc/app
USER nobody
