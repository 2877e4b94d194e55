# ${HOME}$Aé$HOME/x&&
ARG GO

FROM golang:${GO} AS base
CMD |$!/x

FROM base
WORKDIR x.y
ENV PATH_2="_abàü" A="7Z'/xa" _="a*?7_"
