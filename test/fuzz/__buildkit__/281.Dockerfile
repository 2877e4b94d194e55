ARG GO=""

FROM golang:${GO} AS base
CMD x.y"Z?
ADD --keep-git-dir=false --unpack ["# syntax=docker/dockerfile:1x.y", "Z", "_\\\"#b${A}é"]

FROM base
