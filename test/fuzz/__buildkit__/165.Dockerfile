ARG GO=.Zb/xname

FROM golang:${GO} AS base
ENV ﻿7/x$=x.y
WORKDIR "_ü!&&"
VOLUME ["7\r\n", ";x.yx.y/x", "a"]

FROM base
COPY --parents ["0_7 7", "}", "\f/xEOF_"]
USER 82
