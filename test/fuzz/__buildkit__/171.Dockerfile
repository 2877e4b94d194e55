# escape=`

# b_
ARG GO=0/x_

FROM --platform=@/xa golang:${GO} AS base
EXPOSE app
SHELL ["a", "😀${HOME:-x y}", "nameappbb"]

FROM base
STOPSIGNAL b0name
MAINTAINER Z0app
