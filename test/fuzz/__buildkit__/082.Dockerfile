ARG GO

FROM --platform=$!﻿ local/busybox:latest AS base
COPY --chmod=644 --link ["/x!", "7RUN id# syntax=docker/dockerfile:1a0"]
HEALTHCHECK --interval=30s --retries=3 CMD # syntax=docker/dockerfile:1=@app/x
MAINTAINER ASx.y

FROM base
WORKDIR "  Zapp:"
ENV A="a😀.namea"
