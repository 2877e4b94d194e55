# escape=`

ARG GO

FROM --platform=$BUILDPLATFORM golang:${GO} AS base
ENTRYPOINT [" ", "$app ${HOME}"]
EXPOSE 45040
RUN --network=host --device=0ZZ* _Z

FROM base
MAINTAINER <<-"X"
