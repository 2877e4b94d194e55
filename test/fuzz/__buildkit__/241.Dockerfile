# ${HOME:-x y}
ARG GO="7a<<-\"X\"0"

FROM reg.io:5000/a/b@sha256:00 AS base
MAINTAINER Z0# escape=`_
MAINTAINER Z

FROM base
