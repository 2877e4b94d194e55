# escape=`

ARG GO=/xname77

FROM golang:${GO} AS base
STOPSIGNAL $SIG
ENV PATH_2=bx.y
MAINTAINER 	;a　

FROM base
LABEL "0app`$_x"=""
RUN --network=none --security=insecure --device=Z0 ["x.y"]
