
# /x-# escape=`
ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS appx.yapp
COPY --chown=9 --link --parents=false _b Zx.ya 0x.yx.y--mount=type=bindZ
MAINTAINER _
USER "😀<<EOF=:b/x"

FROM appx.yapp
