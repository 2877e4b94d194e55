ARG GO=""

FROM golang:${GO} AS base
MAINTAINER appname

FROM base
