# syntax=docker/dockerfile:1
# escape=`
# check=skip=all
FROM busybox
COPY ["a`"b", "c"]
