# escape=`

# a._ü
ARG GO=x.y7

FROM golang:${GO} AS --mount=type=bindab
WORKDIR name

FROM --mount=type=bindab
