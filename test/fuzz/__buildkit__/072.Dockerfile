# escape=`

# b
ARG GO

FROM golang:${GO} AS base
ENV A=baZapp0 PATH_2=""

FROM base
EXPOSE Z$$nameapp7 # 16043
