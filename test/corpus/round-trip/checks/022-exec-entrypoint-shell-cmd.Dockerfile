FROM alpine:3.20
ENTRYPOINT ["echo", "Hello,"]
CMD world
USER nobody
