FROM busybox
VOLUME ["  /a ", "/b "]
EXPOSE 80 $P/udp ${P:-1}x 8080/tcp
