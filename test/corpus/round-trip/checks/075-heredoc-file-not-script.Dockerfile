FROM alpine:3.20
COPY <<EOF /etc/motd
run sudo apt-get install whatever | sh
EOF
USER nobody
