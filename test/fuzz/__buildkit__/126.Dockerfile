# /x7
ARG GO

FROM golang:${GO} AS base
SHELL ["à", "Z/x/x/xname"]
LABEL aaZa_="_Zapp<<EOF\$" "a7app0# escape=`"="${A}é=a" b0/xb0=""

FROM base
MAINTAINER app<<EOFZ
