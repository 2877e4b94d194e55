FROM busybox
RUN a << b
FROM x
