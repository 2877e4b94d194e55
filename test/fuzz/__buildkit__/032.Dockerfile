FROM busybox
RUN --device=${ <<EOF
echo a
EOF
