FROM busybox
RUN --mount=type=cache,target=/x,mode=u+x true
