ARG GO="/x_\$"

FROM --platform=linux/amd64 golang:${GO} AS namex.y0x.yname
HEALTHCHECK --interval=30s --retries=3 CMD ["a﻿:bapp", "\rZname/x# syntax=docker/dockerfile:1"]
HEALTHCHECK --interval=30s --retries=3 CMD app70[

FROM namex.y0x.yname
HEALTHCHECK --interval=30s --retries=3 CMD nameZ
MAINTAINER bname
