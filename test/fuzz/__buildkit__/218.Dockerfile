ARG GO

FROM --platform=linux/amd64 x.yb#$Aé AS base
MAINTAINER Zx.y$Aé[name
CMD app

FROM base
LABEL " _<<-\"X\""="?x.y0x.y" b="app/7#" Z=""
