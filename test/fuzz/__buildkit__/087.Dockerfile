ARG GO

FROM local/busybox:latest AS base
MAINTAINER /x# syntax=docker/dockerfile:1_app

FROM base
RUN --security=insecure ax.y
