# 0nameb_7
ARG GO="bRUN id\$${HOME:-x y}a"

FROM golang:${GO} AS base
ADD --link --checksum=_namex.y ["--mount=type=bind", ",Z", "\\\u003c<EOFx.y"]
EXPOSE x.y

FROM base
EXPOSE 31239 25196 63434
