FROM busybox
LABEL --x=1
