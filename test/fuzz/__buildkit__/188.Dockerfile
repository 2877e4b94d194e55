#
ARG GO="Z# syntax=docker/dockerfile:10"

FROM golang:${GO} AS <<EOF
MAINTAINER .
USER "/xappb# escape=`:80"

FROM <<EOF
HEALTHCHECK --interval=30s --retries=3 CMD 0
