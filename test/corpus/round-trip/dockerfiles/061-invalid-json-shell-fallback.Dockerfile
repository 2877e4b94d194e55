FROM alpine:3.20
CMD ['echo', 'single quotes']
ENTRYPOINT [ "/bin/sh", '-c' ]
RUN ['apk', 'add', 'curl']
CMD [echo, unquoted]
