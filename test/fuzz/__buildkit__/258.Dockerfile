# __name
ARG GO=_

FROM golang:${GO} AS base
WORKDIR _x.yx.y

FROM base
SHELL ["name", ""]
ENTRYPOINT appnamenameb$Aé
