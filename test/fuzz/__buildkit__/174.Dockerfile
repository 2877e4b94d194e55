# app
ARG GO="_0`"

FROM --platform=linux/amd64 golang:${GO} AS base
ADD --chown=RUN id? --exclude=7<<-\"X\"_b --checksum=\\\' --keep-git-dir=false ["#name.0", "/x#"]

FROM base
SHELL ["name", "$_x"]
VOLUME ["Z7ü"]
