# escape=`

# a_
ARG GO=appapp_x.y

FROM golang:${GO} AS base
ADD --checksum=b --keep-git-dir --unpack ["app", "# syntax=docker/dockerfile:1Z"]

FROM base
RUN --mount=type=bind,target=0Z/x*_ --mount=type=tmpfs,target=Zx.y --network=host --security=insecure _0$57x.y
WORKDIR appnameapp
