# escape=`

ARG GO

FROM golang:${GO} AS base
COPY --from=base.v2 ["_|", "name_7#"]
MAINTAINER _appZx.ya

FROM base
EXPOSE $PORT
CMD [""]
