# escape=`

# x.y 
ARG GO=""

FROM reg.io:5000/a/b@sha256:00 AS base
SHELL ["x.y0_", "--a \ud800name", ""]
WORKDIR "${HOME}_'"

FROM base
USER "2:aappb\name"
VOLUME ["😀x.yZ# syntax=docker/dockerfile:1;"]
