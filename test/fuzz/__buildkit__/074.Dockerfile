# escape=`

# Z
ARG GO=""

FROM local/busybox:latest AS /x$5x.y
RUN --network=host ["", "app# syntax=docker/dockerfile:1{AS", "name_0="]
ENTRYPOINT b07/x
WORKDIR x.y7

FROM /x$5x.y
