FROM busybox
RUN -- --x
