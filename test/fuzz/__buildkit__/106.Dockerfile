# escape=`

ARG GO=0b

FROM golang:${GO} AS base
EXPOSE  70 ${P:-80}

FROM base
