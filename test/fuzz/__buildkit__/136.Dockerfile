# escape=`

ARG GO="<<-`"X`" Z/x"

FROM local/busybox:latest AS base
WORKDIR /x
VOLUME ["àZ-"]

FROM base
