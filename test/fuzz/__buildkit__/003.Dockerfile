FROM busybox
RUN --mount=type=cache,target=/tà true
