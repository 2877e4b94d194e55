# escape=`

# /xaapp$app
ARG GO=""

FROM golang:${GO} AS base
ENV ZRUN id/x="``"

FROM base
