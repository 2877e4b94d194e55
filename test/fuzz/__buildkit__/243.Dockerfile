# bapp_b
ARG GO="﻿0"

FROM golang:${GO} AS base
ADD --chown=4 --chmod=644 --unpack ["b\ud800﻿", "a", "\\$\\$7x.y"]
LABEL /x0x.yname="<<-\"X\"b`" "a0Z"=x.y0_a /x_b="0RUN id"
LABEL "--mount=type=bindb\\
"="\$" Z_="0 name_" /x7appx.yZ=""

FROM base
