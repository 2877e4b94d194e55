# escape=`

ARG GO=""

FROM --platform=Z$$ local/busybox:latest AS base
SHELL ["name:"]
VOLUME [",x.y0b", "# escape=``😀app", "b"]

FROM base
