FROM busybox
RUN --mount=type=cache,target=/x,id=\$5 true
