FROM busybox
RUN --mount=type=cache,\"target=/a,b\" true
