# escape=`

# _Z# syntax=docker/dockerfile:10
ARG GO=_x.y

FROM --platform=linux/amd64 golang:${GO} AS base
COPY --chmod=7``$5 --link 7* b
ADD --chown=app --chmod=u+x --link=false --exclude=-app  --keep-git-dir=false ["*", "\u000b7["]

FROM base
