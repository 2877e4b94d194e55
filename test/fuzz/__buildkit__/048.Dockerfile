ARG GO="__/x Z"

FROM golang:${GO} AS /,
ENV x="name&&7" _=7x.yZ
SHELL [""]
EXPOSE 33316 \x.yx.yax.y Zb

FROM /,
