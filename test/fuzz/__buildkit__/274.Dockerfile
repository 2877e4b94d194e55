# escape=`

# 7
ARG GO

FROM --platform=_x.y local/busybox:latest AS base
ENV A=7/x _=app_nameb PATH_2=appZZ/xname

FROM base
