FROM busybox
RUN --mount=type=secret,id=a,env=TOKEN true
