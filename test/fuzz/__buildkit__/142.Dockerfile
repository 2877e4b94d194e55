# ASa
ARG GO

FROM golang:${GO} AS nameZ/x
LABEL "{àb\"b"="bx.ya0<<" "_a# escape=`_RUN id"=0 "namea'b"=bappnameapp/x

FROM nameZ/x
WORKDIR a7
HEALTHCHECK --interval=30s --retries=3 CMD name
