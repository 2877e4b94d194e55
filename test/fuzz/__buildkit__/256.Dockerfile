# Z
ARG GO

FROM golang:${GO} AS base
ENTRYPOINT ["nameanameZ"]
LABEL " a﻿b"=x.yb/x _x.y=";0"

FROM base
