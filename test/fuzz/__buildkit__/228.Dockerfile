# escape=`

# 　name
ARG GO=""

FROM --platform=Z_Z golang:${GO} AS base
RUN --security=insecure ["*Z", "app0", "name"]

FROM base
