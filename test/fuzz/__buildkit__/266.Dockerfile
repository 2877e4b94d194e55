# escape=`

# Z$_x_app
ARG GO

FROM golang:${GO} AS base
EXPOSE Z 34437 7095
MAINTAINER 7bname$5
USER "@*:14"

FROM base
