# escape=`

ARG GO=""

FROM reg.io:5000/a/b@sha256:00 AS base
VOLUME ["_x.y0/x", "_", "/xb.\f/x"]

FROM base
RUN --network=host <<EOF
<<-"X"nameappx.y
EOF
