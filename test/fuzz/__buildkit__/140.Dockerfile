# escape=`

# 0/x!a7
ARG GO="	x.y�"

FROM reg.io:5000/a/b@sha256:00 AS base
LABEL "_[*"="" "\
 0àAS"=appZ7
RUN --network=host ["$HOME"]
COPY --chown=2 --chmod=u+x --parents=false ["name", ".\udc00x\fx.yEOF"]

FROM base
MAINTAINER Zb
