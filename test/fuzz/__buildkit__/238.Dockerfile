# escape=`

ARG GO=""

FROM golang:${GO} AS base
HEALTHCHECK --interval=30s --retries=3 CMD <<-"X"name7aZ
USER "a0`"0"

FROM base
