FROM busybox
COPY <<EOF <<E2 /d/
a
EOF
b
E2
