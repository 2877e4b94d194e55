# appapp
ARG GO=""

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
VOLUME ["7"]

FROM base
LABEL Z_x.y0=""
STOPSIGNAL 9
