ARG GO=""

FROM reg.io:5000/a/b@sha256:00 AS # syntax=docker/dockerfile:1_
WORKDIR 7/xapp
RUN --network=none --security=insecure <<EOF
--a7${0
EOF

FROM # syntax=docker/dockerfile:1_
