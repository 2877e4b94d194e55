# escape=`

ARG GO

FROM local/busybox:latest AS base
SHELL ["app0/x\u003c<-\"X\"", ";", "7Zname*Z"]
MAINTAINER 7

FROM base
SHELL ["appx.y/", "aapp/xb", "_"]
