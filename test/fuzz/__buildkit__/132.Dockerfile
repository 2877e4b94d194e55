# Z
ARG GO=""

FROM golang:${GO} AS base
MAINTAINER $AébZ


FROM base
ADD --link=false --checksum=	ZZ --keep-git-dir ["übnamea", "\\$"]
