
# 7ü# syntax=docker/dockerfile:1/x
ARG GO

FROM local/busybox:latest AS base
USER /xaa7:9

FROM base
