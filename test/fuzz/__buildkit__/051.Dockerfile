# escape=`

ARG GO="Z# escape=``bapp"

FROM reg.io:5000/a/b@sha256:00 AS base
EXPOSE ${PORT}/udp

FROM base
