#  a
ARG GO="# escape=`app_name"

FROM local/busybox:latest AS base
LABEL ""=,
MAINTAINER EOFnameZapp

FROM base
ENTRYPOINT ["\u003c<-\"X\"=", "-app0app", "bname"]
