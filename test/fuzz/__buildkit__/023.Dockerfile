FROM busybox
ENV A=ab B="c d"
