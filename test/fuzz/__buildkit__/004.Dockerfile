FROM busybox
RUN --mount=type=cache,target=/t…x true
