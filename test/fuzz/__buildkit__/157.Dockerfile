# escape=`

ARG GO

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
USER 79:69
VOLUME ["Z@"]
WORKDIR "bx.y\"

FROM base
WORKDIR ""
