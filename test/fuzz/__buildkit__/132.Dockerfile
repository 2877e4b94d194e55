# app_
ARG GO=/x}

FROM Z AS base
WORKDIR "bx.y\\Z"

FROM base
EXPOSE 61223
