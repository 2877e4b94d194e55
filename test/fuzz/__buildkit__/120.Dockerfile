# AS<<-"X"_00
ARG GO=appa/x

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
STOPSIGNAL app/

FROM base
