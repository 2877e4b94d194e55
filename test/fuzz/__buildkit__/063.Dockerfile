# escape=`

ARG GO

FROM --platform=😀 reg.io:5000/a/b@sha256:00 AS base
SHELL ["", "RUN id&&", "$$"]

FROM base
EXPOSE 80/tcp
