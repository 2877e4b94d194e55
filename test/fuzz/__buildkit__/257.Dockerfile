# escape=`

# *Zb
ARG GO

FROM --platform=linux/amd64 golang:${GO} AS base
RUN --mount=type=ssh,id=&&7b7 --mount=type=cache,target=_Za@b,`"id=name```"`"_`",source=AS,from=base.v2,gid=-1 ["\u003c<-\"X\"/--mount=type=bindx.y", "*", ""]

FROM base
LABEL x.yZ=x.ya "7]Z"=0Z
