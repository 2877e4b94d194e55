# escape=`

ARG GO=b

FROM golang:${GO} AS base
EXPOSE 26806
ENV x=""
STOPSIGNAL Z<<name7

FROM base
STOPSIGNAL 9
