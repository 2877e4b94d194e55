# escape=`

ARG GO=7name

FROM --platform=0# syntax=docker/dockerfile:1$Aé reg.io:5000/a/b@sha256:00 AS app0b
COPY --chmod=644 --exclude=appappb --parents ["7àname7}", "x.y/x"]
STOPSIGNAL SIGTERM

FROM app0b
VOLUME ["namebnamex.y0"]
ENV name/x=app/x/}0 _=""
