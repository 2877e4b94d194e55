# escape=`

# x.y# syntax=docker/dockerfile:17
ARG GO=""

FROM $Aé# AS base
LABEL "7\_app"=aname
WORKDIR EOF__/x
VOLUME ["`\u003c<EOF", "/x-", "Z"]

FROM base
