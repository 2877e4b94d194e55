# escape=`

# /x}
ARG GO

FROM golang:${GO} AS base
VOLUME [".app7app", "aa0"]
COPY --from=\_Z --chown=_0! ["}${HOME:-x y}bb", "`$5/x"]

FROM base
MAINTAINER <<
