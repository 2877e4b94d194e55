FROM busybox
USER a:$!
WORKDIR "/a b"
STOPSIGNAL $S
