FROM alpine:3.20
COPY tool-1.0-r0.apk /tmp/
RUN apk add --no-cache --allow-untrusted /tmp/tool-1.0-r0.apk
USER nobody
