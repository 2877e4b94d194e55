# escape=`

# bb|/x
ARG GO=""

FROM reg.io:5000/a/b@sha256:00 AS base
VOLUME ["0x.y}Zb"]

FROM base
