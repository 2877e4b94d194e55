ARG GO="aappZ�"

FROM golang:${GO} AS base
ENV _=aappapp
SHELL ["x.y'", "]. "]

FROM base
ADD --link --keep-git-dir=false --unpack=false Zx.y!x.y_ nameZ a
