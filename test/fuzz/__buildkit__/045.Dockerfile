# escape=`

ARG GO

FROM --platform=/x_$$ reg.io:5000/a/b@sha256:00 AS base
USER appname
MAINTAINER à$HOME.

FROM base
WORKDIR Z$HOME
ENV x=name_
