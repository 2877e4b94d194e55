# escape=`

ARG GO="/x  EOF"

FROM --platform=linux/amd64 local/busybox:latest AS base
MAINTAINER _a
SHELL ["\f[\fb", "ü\u003c<07'", "0app"]
RUN --mount=type=ssh,target=7;,id=/x${HOME:-x y}name --security=insecure ["namex.y", "_aa"]

FROM base
