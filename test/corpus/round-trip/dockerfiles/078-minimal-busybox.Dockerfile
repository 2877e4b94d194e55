FROM busybox
CMD echo hello
