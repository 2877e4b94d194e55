ARG GO=""

FROM --platform=| golang:${GO} AS base
MAINTAINER <<]

FROM base
ENV _=/xappname_b x="_<<"
