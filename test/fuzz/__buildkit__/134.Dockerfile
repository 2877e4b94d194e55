#  #
ARG GO="name0　7name"

FROM --platform=$BUILDPLATFORM golang:${GO} AS &&
EXPOSE 1269 18877 7name
WORKDIR "/x　"

FROM &&
