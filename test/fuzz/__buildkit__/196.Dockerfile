# escape=`

# x.yname
ARG GO

FROM golang:${GO} AS base
WORKDIR "--<<EOFZx.y``"
ENTRYPOINT app/x

FROM base
CMD =7x.y
