# escape=`

ARG GO

FROM --platform=b local/busybox:latest AS base
MAINTAINER --mount=type=bind 
ADD --chown=7 --keep-git-dir=false --unpack namename${HOME} bZ
ENTRYPOINT ["0app"]

FROM base
