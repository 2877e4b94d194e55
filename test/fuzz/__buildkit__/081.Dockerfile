# /xZx.y
ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS base
EXPOSE $Pé app--mount=type=bind
COPY --from=$_0b --chmod=7\\$5 --link ["a-0RUN idZ", "_/xx.y/x", "${HOME}/x# syntax=docker/dockerfile:1a"]
MAINTAINER Z

FROM base
WORKDIR /
SHELL ["$Zapp7app"]
