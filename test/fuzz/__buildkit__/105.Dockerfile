# escape=`

# a/xZ
ARG GO

FROM golang:${GO} AS base
VOLUME ["bappü ", "aa0"]
COPY --from=\_Z --chown=@0! }ab[ b/x

FROM base
MAINTAINER  
