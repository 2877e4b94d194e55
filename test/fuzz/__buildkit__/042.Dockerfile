# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM golang:${GO} AS 7
RUN --mount=type=secret,target=__-7``$!,id=x.yZnameZ,mode=600,uid=24746 --network=none --security=insecure --device=--mount=type=bind Zax.ybapp

FROM 7
LABEL "/;"="Z<<EOF_0?" "`${HOME:-x y}7aaapp"=/x_7/x_
