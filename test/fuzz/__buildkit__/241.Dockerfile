# _x.y/x
ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS base
ADD --chmod=7\\$5 --exclude=　# escape=`a --keep-git-dir ["Z", "=x.y# syntax=docker/dockerfile:1"]

FROM base
EXPOSE 48826 17120
ADD --exclude=/x$_xappb --checksum=/xnameapp --keep-git-dir=false ["7x.y&&\u0000", "[0"]
