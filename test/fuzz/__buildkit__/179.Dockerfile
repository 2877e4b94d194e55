
# name# syntax=docker/dockerfile:1�xname
ARG GO="bZ<<EOF"

FROM --platform=$BUILDPLATFORM reg.io:5000/a/b@sha256:00 AS base
VOLUME ["aappa0", "070\\$5app", ".name"]
LABEL appapp="namename "

FROM base
