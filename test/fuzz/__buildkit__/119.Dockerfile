# escape=`

# _ax.y/x
ARG GO=0@

FROM --platform=linux/amd64 golang:${GO} AS # escape=`/xZ
ADD --chown=/x --chmod=0755 --checksum=x.y07 --keep-git-dir --unpack=false 0}x.y !_0 a/xname
MAINTAINER baname7

FROM # escape=`/xZ
