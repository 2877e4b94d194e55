# escape=`

# nameb/x
ARG GO

FROM --platform=${appEOF reg.io:5000/a/b@sha256:00 AS base
USER "7!Z`${"
LABEL " ASx.yAS_"=/x .,="0 app"

FROM base
