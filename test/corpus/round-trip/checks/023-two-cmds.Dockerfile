FROM alpine:3.20
CMD ["echo", "first"]
USER nobody
CMD ["echo", "second"]
