# escape=`

ARG GO

FROM golang:${GO} AS base
VOLUME ["\\|x.yx.y#", "_à&&\u003c<!", "`$!EOF"]
SHELL ["/x0ü", "app"]

FROM base
