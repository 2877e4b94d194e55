ARG GO=_

FROM golang:${GO} AS base
COPY --chmod=u+x --link=false ["/\u003c<_\\$\\$0", "Z}", "a,b\\$5"]
RUN --mount=type=tmpfs,target=/x<<EOFname,size=64m --security=insecure --device=0/x a/

FROM base
