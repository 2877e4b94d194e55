ARG GO=_x.yappx.yname

FROM golang:${GO} AS base
ENTRYPOINT a

FROM base
ADD --link=false --checksum=a#bname --keep-git-dir=false --unpack=false ["b", "&&--mount=type=bind--name/x"]
