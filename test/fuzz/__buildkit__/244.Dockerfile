# escape=`

ARG GO="7_${HOME:-x y}0"

FROM reg.io:5000/a/b@sha256:00 AS base
STOPSIGNAL SIGTERM

FROM base
MAINTAINER name
SHELL [""]
