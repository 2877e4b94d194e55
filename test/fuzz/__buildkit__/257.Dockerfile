# escape=`

# $!
ARG GO="7Z# syntax=docker/dockerfile:1"

FROM --platform=_ reg.io:5000/a/b@sha256:00 AS a/x<<-"X"
ENV name="["
COPY Zx.y Z7
MAINTAINER appASapp

FROM a/x<<-"X"
