# escape=`

ARG GO="Zname/x"

FROM --platform=$BUILDPLATFORM b	b_ AS base
RUN --network=none --security=insecure ["app0/xname", "\u000b0a"]

FROM base
SHELL ["${HOME}"]
RUN --network=host --security=insecure --device=`"$!b,/#`" 00
