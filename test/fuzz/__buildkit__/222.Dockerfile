# escape=`

# ,
ARG GO

FROM --platform=linux/amd64 golang:${GO} AS base
WORKDIR "x.y?#7"
COPY --chown=6 --chmod=0755 --parents=false ["/a/xx.y", "/xname`${/xZ", "nameapp"]
EXPOSE x.y_$!RUN id# syntax=docker/dockerfile:1 ${PORT}/udp $Pé

FROM base
