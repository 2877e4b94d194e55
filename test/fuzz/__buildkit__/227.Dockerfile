# escape=`

ARG GO

FROM --platform=_　x.yab reg.io:5000/a/b@sha256:00 AS base
CMD appname
STOPSIGNAL 9
RUN --network=host --security=insecure <<EOF
--mount=type=bind/x!a�x
EOF

FROM base
CMD x.y
