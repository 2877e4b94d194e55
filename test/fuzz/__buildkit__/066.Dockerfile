# escape=`

ARG GO

FROM --platform=; local/busybox:latest AS base
USER 34

FROM base
RUN --mount=type=secret,id=x.y``$``$0,env=TOKEN --mount=type=secret,target=0${HOME:-x y}x.y,id=0/x,env=TOKEN,mode=600,uid=1820,gid=66707 --security=insecure app
