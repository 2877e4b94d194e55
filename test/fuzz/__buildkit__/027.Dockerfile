FROM busybox
RUN a && \
# c
    b \

    c
