
# <<_# syntax=docker/dockerfile:1
ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
STOPSIGNAL 9

FROM base
