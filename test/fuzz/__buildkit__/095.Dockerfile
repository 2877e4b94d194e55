# escape=`

# 7x.y\
# Z
ARG GO="Z<</xb"

FROM --platform=Z--mount=type=bind golang:${GO} AS b﻿　name
RUN --network=host name_--mount=type=bind/x
MAINTAINER _a0/x
RUN --security=insecure ["app07# syntax=docker/dockerfile:1b"]

FROM b﻿　name
