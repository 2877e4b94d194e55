FROM busybox
RUN cat <<EOF | grep "x
EOF
