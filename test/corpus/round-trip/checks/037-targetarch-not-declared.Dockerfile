FROM alpine:3.20
COPY dist/$TARGETARCH/app /usr/local/bin/app
USER nobody
