ARG GO=b

FROM local/busybox:latest AS base
HEALTHCHECK --interval=30s --retries=3 CMD name# syntax=docker/dockerfile:1 

FROM base
