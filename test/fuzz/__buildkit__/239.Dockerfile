# escape=`

ARG GO="#_x.y"

FROM golang:${GO} AS base
WORKDIR app

FROM base
