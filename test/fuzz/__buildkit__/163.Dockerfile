# escape=`

ARG GO

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
MAINTAINER /xa${0

FROM base
