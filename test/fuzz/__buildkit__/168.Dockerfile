# escape=`

# 0/x{[
ARG GO="x.y	name_a"

FROM --platform=$BUILDPLATFORM golang:${GO} AS base
WORKDIR "]bname_${HOME}"
STOPSIGNAL $SIG

FROM base
