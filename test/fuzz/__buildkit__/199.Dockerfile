# escape=`

ARG GO

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
ADD --chmod=0755 --checksum=bb# a_ b
ENV _=appname/xx.y7

FROM base
