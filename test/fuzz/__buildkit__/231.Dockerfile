# escape=`

# nameZba
ARG GO

FROM --platform=linux/amd64 golang:${GO} AS base
EXPOSE 80/tcp
LABEL 7=a0b "{<<-`"X`"0"=x.yx.y 00_Z=""

FROM base
ENV ${HOME:-x y}0<<="😀" a=/x_x.ya _\="ab`${Z"
