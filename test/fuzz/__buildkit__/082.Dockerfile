# escape=`

ARG GO

FROM --platform=/xZ reg.io:5000/a/b@sha256:00 AS base
EXPOSE /x
MAINTAINER $$

FROM base
