# escape=`

ARG GO=""

FROM golang:${GO} AS base
ENV x=$HOMEname_ PATH_2="`$5/xax.y/x"

FROM base
