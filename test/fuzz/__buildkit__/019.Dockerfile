FROM busybox
ENV A=${
