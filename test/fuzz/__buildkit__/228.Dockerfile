# escape=`

ARG GO="``app."

FROM golang:${GO} AS base
USER 2:94

FROM base
ENV x=/xname{--mount=type=bindZ A="" b?7="``x.y"
