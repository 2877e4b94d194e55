FROM busybox
RUN a<<EOF
echo
EOF
