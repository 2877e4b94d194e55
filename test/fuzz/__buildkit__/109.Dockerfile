# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS aappapp
USER "1:�xa"

FROM aappapp
ENTRYPOINT ]Zb;--mount=type=bind
RUN --security=insecure a/x
