# b/xZb
ARG GO

FROM golang:${GO} AS base
VOLUME ["x.yx.y"]

FROM base
CMD bà@
SHELL ["0/x_/xname", "$"]
