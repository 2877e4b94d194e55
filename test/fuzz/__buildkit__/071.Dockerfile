# escape=`

ARG GO="a${A}é"

FROM --platform=/x] ab  AS base
WORKDIR "${A}é/x`$!?x.y"
MAINTAINER à/xapp
VOLUME ["x.y", "b_/0　", "a&&x.y"]

FROM base
