# escape=`

# 7 
ARG GO

FROM --platform=linux/amd64  a AS base
USER "0nameaname"
WORKDIR " a"
WORKDIR ".7x.y# syntax=docker/dockerfile:1a"

FROM base
COPY --chmod=644 --link=false [" 　", "7app/xapp", "\napp\t7_"]
