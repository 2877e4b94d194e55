FROM busybox
CMD --x y
