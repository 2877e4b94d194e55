# escape=`

ARG GO

FROM golang:${GO} AS base
MAINTAINER 7# syntax=docker/dockerfile:17/x}
ENV A="" PATH_2=x.yname
USER 27

FROM base
WORKDIR "b# escape=``Z"
ENTRYPOINT ["bnamex.y", "|appx.y/x"]
