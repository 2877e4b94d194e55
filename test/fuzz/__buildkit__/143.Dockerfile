ARG GO="&&0"

FROM golang:${GO} AS base
ENV x=b A="# syntax=docker/dockerfile:10"
USER "/x:aZ:ü07x.y"
ADD --chown=7 --link --exclude=,7bà7 --keep-git-dir=false ["$appa", "app😀", "!a"]

FROM base
ENTRYPOINT Zappb# escape=`$!
