ARG GO=""

FROM --platform=linux/amd64 local/busybox:latest AS base
STOPSIGNAL 9

FROM base
MAINTAINER a
