ARG GO=Zname

FROM ${HOME:-x y}&&bb AS base
COPY --link --exclude=ba# syntax=docker/dockerfile:1--7 --parents 7/x 7

FROM base
ENTRYPOINT ["\""]
