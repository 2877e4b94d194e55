ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS base
USER bapp:6
COPY --chown=<<-\\\"X\\\"name --link=false --exclude=x.y# escape=`7 --exclude=/x@Z --parents=false ["app", "bname# syntax=docker/dockerfile:1name", "AS/x_b0"]
LABEL "__\$aZ"=app "\${HOME}"="]_"

FROM base
HEALTHCHECK --interval=30s --retries=3 CMD /x#
COPY --chmod=0755 --link=false --parents ["appx.y=?", "\\\\0a"]
