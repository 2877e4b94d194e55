# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS base
VOLUME ["0"]

FROM base
ADD --link=false --keep-git-dir=false ["appname", "`\u003c<-`\"X`\"app\u003c<-`\"X`\""]
STOPSIGNAL SIGTERM
