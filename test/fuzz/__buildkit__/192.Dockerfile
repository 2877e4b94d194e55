ARG GO

FROM reg.io:5000/a/b@sha256:00 AS base
VOLUME ["#name\\\\\na?"]
RUN --mount=type=secret,id=7�x,mode=0400,gid=-1 --network=none <<EOF
#bb7
EOF

FROM base
MAINTAINER app
COPY ["Z${HOME:-x y}_# escape=`", "-\\\\\nZ "]
