FROM busybox
RUN a<<EOF
FROM x
