FROM alpine:latest
RUN apk add --no-cache curl
USER nobody
