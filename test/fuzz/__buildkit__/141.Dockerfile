ARG GO="${HOME:-x y}<<name<<-\"X\"x.y"

FROM --platform=linux/amd64 reg.io:5000/a/b@sha256:00 AS base
MAINTAINER appZ
WORKDIR "name "
MAINTAINER 0�xname

FROM base
COPY --chown=�x.y --chmod=u+x --link=false ["app,", "0\\$5appa\u0000", "0&&a"]
