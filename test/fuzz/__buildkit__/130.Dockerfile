ARG GO

FROM reg.io:5000/a/b@sha256:00 AS _07x.y*
STOPSIGNAL ü
LABEL "7<<EOFa"="_Z name" "/b<<EOF"=/x_Z
RUN --network=host --security=insecure <<EOF
${HOME}app

EOF

FROM _07x.y*
STOPSIGNAL 9
