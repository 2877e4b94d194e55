ARG GO="\${app?app,"

FROM --platform=linux/amd64 local/busybox:latest AS base
COPY --chown=8 --link --parents ["x.y __", "/x"]
USER "x.yx.y0'"
ADD --chown=1 --link --exclude=0 --exclude=7 --checksum=x.y/x77　 --keep-git-dir=false --unpack=false a name7

FROM base
WORKDIR "_${A}éx.y"
