# escape=`

ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
STOPSIGNAL SIGRTMIN+3
HEALTHCHECK --interval=30s --retries=3 CMD # syntax=docker/dockerfile:1x.y

FROM base
LABEL "name0}0"="7${HOME:-x y}name\
"
