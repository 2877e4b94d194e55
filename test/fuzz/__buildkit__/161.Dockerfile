# escape=`

# üapp$!0name
ARG GO

FROM --platform=70RUN id_a reg.io:5000/a/b@sha256:00 AS base
HEALTHCHECK --interval=30s --retries=3 CMD _
EXPOSE ${P:-80} $PORT nameappnameü
MAINTAINER ${HOME:-x y}name# syntax=docker/dockerfile:1

FROM base
