# *x.y./
ARG GO

FROM --platform=linux/amd64 golang:${GO} AS base
STOPSIGNAL $SIG
VOLUME ["x.y|aappa"]
ENV A=name}7AS x=""

FROM base
SHELL ["Z$Aéa"]
