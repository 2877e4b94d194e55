ARG GO="0:�# escape=`"

FROM --platform=linux/amd64 golang:${GO} AS base
ENV _=name

FROM base
