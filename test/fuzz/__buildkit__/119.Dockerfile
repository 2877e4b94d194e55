# escape=`

# 0
ARG GO=""

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
MAINTAINER RUN id
ENTRYPOINT ["b0_", "😀b{\t", "x.y"]
VOLUME ["0appname"]

FROM base
ENV PATH_2=_app _="namename<<-`"X`"" $$=""
