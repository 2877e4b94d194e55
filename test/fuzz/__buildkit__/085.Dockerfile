ARG GO="0<<EOF ${HOME}name"

FROM --platform=linux/amd64 local/busybox:latest AS base
LABEL "b\${😀"="<<-\"X\"bname?_" 0x.y=""
RUN --network=none --security=insecure --device=/x ["　Z\u000bname", ".[x.yb"]
WORKDIR "b\$\$]7"

FROM base
