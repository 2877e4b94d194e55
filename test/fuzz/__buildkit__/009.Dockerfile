FROM busybox
RUN --network=none --security=insecure --device=a\,b true
