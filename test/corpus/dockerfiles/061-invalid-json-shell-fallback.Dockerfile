FROM alpine:3.20
# single quotes are not JSON: Docker runs these through /bin/sh -c
CMD ['echo', 'single quotes']
ENTRYPOINT [ "/bin/sh", '-c' ]
RUN ['apk', 'add', 'curl']
CMD [echo, unquoted]
